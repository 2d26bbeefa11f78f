package org.smavs.client;

import org.smavs.model.ApiPaths;
import org.smavs.model.auth.LoginRequest;
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
        TokenPair tokens = client.postJson(ApiPaths.AUTH_LOGIN, new LoginRequest(email, password), TokenPair.class);
        client.useTokens(tokens);
        return tokens;
    }

    public User me() {
        return client.get(ApiPaths.AUTH_ME, User.class);
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
