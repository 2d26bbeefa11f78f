package org.smavs.client;

import org.smavs.model.ApiPaths;
import org.smavs.model.auth.LoginRequest;
import org.smavs.model.auth.OidcIdTokenRequest;
import org.smavs.model.auth.OidcTokenRequest;
import org.smavs.model.auth.SignInProviders;
import org.smavs.model.auth.TotpCodeRequest;
import org.smavs.model.auth.TotpDisableRequest;
import org.smavs.model.auth.TotpRecoveryCodes;
import org.smavs.model.auth.TotpSetup;
import org.smavs.model.auth.RefreshRequest;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;

/** /api/v1/auth. {@link #login} also switches the client to the new tokens. */
public final class AuthApi {
    private final ApiClient client;

    AuthApi(ApiClient client) {
        this.client = client;
    }

    public User register(RegisterRequest request) {
        return client.postJson(ApiPaths.AUTH_REGISTER, request, User.class);
    }

    public TokenPair login(String email, String password) {
        return login(email, password, null);
    }

    /** Password sign-in with the authenticator (or recovery) code of an account that has a second factor. */
    public TokenPair login(String email, String password, String totpCode) {
        return signedIn(client.postJson(ApiPaths.AUTH_LOGIN, new LoginRequest(email, password, totpCode),
                TokenPair.class));
    }

    /** GET /auth/providers: which ways of signing in this server offers. */
    public SignInProviders providers() {
        return client.get(ApiPaths.AUTH_PROVIDERS, SignInProviders.class);
    }

    /** Desktop single sign-on, last step: the one-time code from the loopback redirect and the PKCE verifier. */
    public TokenPair exchangeSingleSignOnCode(String code, String codeVerifier, String redirectUri) {
        return signedIn(client.postJson(ApiPaths.AUTH_OIDC_TOKEN, new OidcTokenRequest(code, codeVerifier, redirectUri),
                TokenPair.class));
    }

    /** Mobile single sign-on: an ID token the app got from the institution's provider. */
    public TokenPair signInWithIdToken(String idToken) {
        return signedIn(client.postJson(ApiPaths.AUTH_OIDC_ID_TOKEN, new OidcIdTokenRequest(idToken), TokenPair.class));
    }

    /** Starts setting up an authenticator app; nothing changes at sign-in until {@link #enableTotp}. */
    public TotpSetup setUpTotp() {
        return client.postJson(ApiPaths.AUTH_TOTP_SETUP, null, TotpSetup.class);
    }

    public TotpRecoveryCodes enableTotp(String code) {
        return client.postJson(ApiPaths.AUTH_TOTP_ENABLE, new TotpCodeRequest(code), TotpRecoveryCodes.class);
    }

    public void disableTotp(String password) {
        client.postNoContent(ApiPaths.AUTH_TOTP_DISABLE, new TotpDisableRequest(password));
    }

    private TokenPair signedIn(TokenPair tokens) {
        client.useTokens(tokens);
        return tokens;
    }

    public User me() {
        return client.get(ApiPaths.AUTH_ME, User.class);
    }

    /** Changes the caller's own preferences (e-mail notifications on or off). */
    public User updateMe(org.smavs.model.auth.UpdateProfileRequest request) {
        return client.patchJson(ApiPaths.AUTH_ME, request, User.class);
    }

    public TokenPair refresh(String refreshToken) {
        TokenPair tokens = client.postJson(ApiPaths.AUTH_REFRESH, new RefreshRequest(refreshToken), TokenPair.class);
        client.useTokens(tokens);
        return tokens;
    }

    public void logout(String refreshToken) {
        client.postNoContent(ApiPaths.AUTH_LOGOUT, new RefreshRequest(refreshToken));
        client.useTokens(null);
    }

    /** Changes the signed-in user's password; every other login of the account ends. */
    public void changePassword(String currentPassword, String newPassword) {
        client.postNoContent(ApiPaths.AUTH_CHANGE_PASSWORD,
                new org.smavs.model.auth.ChangePasswordRequest(currentPassword, newPassword));
    }

    /** Asks for a reset link by mail; the answer never says whether the address has an account. */
    public void forgotPassword(String email) {
        client.postNoContent(ApiPaths.AUTH_FORGOT_PASSWORD, new org.smavs.model.auth.ForgotPasswordRequest(email));
    }

    public void resetPassword(String token, String newPassword) {
        client.postNoContent(ApiPaths.AUTH_RESET_PASSWORD, new org.smavs.model.auth.ResetPasswordRequest(token, newPassword));
    }
}
