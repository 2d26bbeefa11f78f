package org.smavs.server.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.server.testing.S3ProxyServer;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreIT extends BlobStoreContract {
    private S3ProxyServer s3proxy;
    private S3BlobStore store;

    @BeforeAll
    void start() {
        s3proxy = S3ProxyServer.start();
        store = new S3BlobStore(s3proxy.settings("smavs-test")).ensureBucket();
    }

    @AfterAll
    void stop() {
        store.close();
        s3proxy.close();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void aMissingBucketIsAClearError() {
        S3BlobStore noBucket = new S3BlobStore(s3proxy.settings("does-not-exist"));
        assertThatThrownBy(() -> noBucket.put("k", new byte[] {1}, "image/jpeg")).isInstanceOf(RuntimeException.class);
        noBucket.close();
    }
}
