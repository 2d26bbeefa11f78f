package org.smavs.server.auth.oidc;

import io.javalin.http.Context;
import org.smavs.model.auth.OidcIdTokenRequest;
import org.smavs.model.auth.OidcTokenRequest;
import org.smavs.server.web.HtmlPage;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.RequestContext;

/** /api/v1/auth/oidc: the browser redirects of single sign-on, and the two token exchanges. */
public final class OidcController {
    private final OidcService sso;
    private final JsonBodies bodies;

    public OidcController(OidcService sso, JsonBodies bodies) {
        this.sso = sso;
        this.bodies = bodies;
    }

    public void authorize(Context ctx) {
        ctx.redirect(sso.authorize(ctx.queryParam("redirect_uri"), ctx.queryParam("code_challenge"),
                ctx.queryParam("code_challenge_method"), ctx.queryParam("state"),
                RequestContext.actorOrAnonymous(ctx)).toString(), io.javalin.http.HttpStatus.FOUND);
    }

    /** The provider's redirect lands here in the person's browser: answer with a redirect or a page in words. */
    public void callback(Context ctx) {
        OidcService.CallbackOutcome outcome = sso.callback(ctx.queryParam("state"), ctx.queryParam("code"),
                ctx.queryParam("error"), RequestContext.actorOrAnonymous(ctx));
        if (outcome instanceof OidcService.CallbackOutcome.RedirectToApp toApp) {
            ctx.redirect(toApp.location().toString(), io.javalin.http.HttpStatus.FOUND);
        } else if (outcome instanceof OidcService.CallbackOutcome.Failed failed) {
            ctx.status(400).html(HtmlPage.render("Sign-in did not complete", "<p>" + HtmlPage.escape(failed.message())
                    + "</p>"));
        }
    }

    public void token(Context ctx) {
        OidcTokenRequest request = bodies.read(ctx, OidcTokenRequest.class);
        ctx.json(sso.token(request.code(), request.codeVerifier(), request.redirectUri(),
                RequestContext.actorOrAnonymous(ctx)));
    }

    public void idToken(Context ctx) {
        ctx.json(sso.signInWithIdToken(bodies.read(ctx, OidcIdTokenRequest.class).idToken(),
                RequestContext.actorOrAnonymous(ctx)));
    }
}
