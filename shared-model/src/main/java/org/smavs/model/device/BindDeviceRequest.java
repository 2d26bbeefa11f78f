package org.smavs.model.device;

/** {@code imei} is any stable device id string; {@code publicKey} is an optional base64 X.509 key. */
public record BindDeviceRequest(String imei, String publicKey, String platform, String model) {
    public BindDeviceRequest(String imei) {
        this(imei, null, null, null);
    }
}
