package org.smavs.server.auth;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.smavs.model.auth.ChangePasswordRequest;
import org.smavs.model.auth.ForgotPasswordRequest;
import org.smavs.model.auth.LoginRequest;
import org.smavs.model.auth.ResetPasswordRequest;
import org.smavs.model.auth.RefreshRequest;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.TotpCodeRequest;
import org.smavs.model.auth.TotpDisableRequest;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.ValidationException;
import org.smavs.server.user.AccountService;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.RequestContext;

/** /api/v1/auth: reads and checks input, calls {@link AuthService}, writes the answer. */
public final class AuthController {
    private final AuthService auth;
    private final AccountService accounts;
    private final PasswordService passwords;
    private final TotpService secondFactor;
    private final String singleSignOnName;
    private final JsonBodies bodies;

    /** {@code singleSignOnName}: the name on the single sign-on button, null while it is not configured. */
    public AuthController(AuthService auth, AccountService accounts, PasswordService passwords,
                          TotpService secondFactor, String singleSignOnName, JsonBodies bodies) {
        this.secondFactor = secondFactor;
        this.singleSignOnName = singleSignOnName;
        this.passwords = passwords;
        this.auth = auth;
        this.accounts = accounts;
        this.bodies = bodies;
    }

    public void register(Context ctx) {
        RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
        ctx.json(accounts.register(request, RequestContext.actorOrAnonymous(ctx)));
    }

    /** JSON {@code {email,password}} or the seed's OAuth2 form fields {@code username}/{@code password}. */
    public void login(Context ctx) {
        LoginRequest request = isForm(ctx)
                ? new LoginRequest(ctx.formParam("username"), ctx.formParam("password"), ctx.formParam("totp_code"))
                : bodies.read(ctx, LoginRequest.class);
        List<FieldError> errors = new ArrayList<>();
        if (request.email() == null || request.email().isBlank()) {
            errors.add(new FieldError(isForm(ctx) ? "username" : "email", "is required"));
        }
        if (request.password() == null || request.password().isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ctx.json(auth.login(request.email(), request.password(), request.totpCode(),
                RequestContext.actorOrAnonymous(ctx)));
    }

    public void me(Context ctx) {
        ctx.json(auth.me(RequestContext.actor(ctx)));
    }

    public void updateMe(Context ctx) {
        ctx.json(auth.updateMe(bodies.read(ctx, org.smavs.model.auth.UpdateProfileRequest.class),
                RequestContext.actor(ctx)));
    }

    public void refresh(Context ctx) {
        ctx.json(auth.refresh(requireToken(ctx), RequestContext.actorOrAnonymous(ctx)));
    }

    public void logout(Context ctx) {
        auth.logout(requireToken(ctx), RequestContext.actorOrAnonymous(ctx));
    }

    /** Password sign-in always; reset by mail when mail is configured; single sign-on when configured. */
    public void providers(Context ctx) {
        ctx.json(new org.smavs.model.auth.SignInProviders(true, passwords.mailConfigured(), singleSignOnName));
    }

    public void totpSetup(Context ctx) {
        ctx.json(secondFactor.setup(RequestContext.actor(ctx)));
    }

    public void totpEnable(Context ctx) {
        ctx.json(secondFactor.enable(bodies.read(ctx, TotpCodeRequest.class).code(), RequestContext.actor(ctx)));
    }

    public void totpDisable(Context ctx) {
        secondFactor.disable(bodies.read(ctx, TotpDisableRequest.class).password(), RequestContext.actor(ctx));
    }

    public void totpReset(Context ctx) {
        secondFactor.reset(org.smavs.server.web.PathParams.id(ctx), RequestContext.actor(ctx));
    }

    public void changePassword(Context ctx) {
        ChangePasswordRequest request = bodies.read(ctx, ChangePasswordRequest.class);
        passwords.change(request.currentPassword(), request.newPassword(), ctx.header("Authorization"),
                RequestContext.actor(ctx));
    }

    public void forgotPassword(Context ctx) {
        ForgotPasswordRequest request = isForm(ctx) ? new ForgotPasswordRequest(ctx.formParam("email"))
                : bodies.read(ctx, ForgotPasswordRequest.class);
        passwords.forgot(request.email(), RequestContext.actorOrAnonymous(ctx));
    }

    public void resetPassword(Context ctx) {
        ResetPasswordRequest request = bodies.read(ctx, ResetPasswordRequest.class);
        passwords.reset(request.token(), request.newPassword(), RequestContext.actorOrAnonymous(ctx));
    }

    public void sendResetLink(Context ctx) {
        passwords.sendLink(org.smavs.server.web.PathParams.id(ctx), RequestContext.actor(ctx));
    }

    private String requireToken(Context ctx) {
        RefreshRequest request = isForm(ctx) ? new RefreshRequest(ctx.formParam("refresh_token"))
                : bodies.read(ctx, RefreshRequest.class);
        if (request.refreshToken() == null || request.refreshToken().isBlank()) {
            throw ValidationException.field("refresh_token", "is required");
        }
        return request.refreshToken();
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
