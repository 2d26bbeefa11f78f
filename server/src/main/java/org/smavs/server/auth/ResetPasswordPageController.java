package org.smavs.server.auth;

import io.javalin.http.Context;
import org.smavs.model.ApiPaths;
import org.smavs.server.error.DomainException;
import org.smavs.server.web.HtmlPage;
import org.smavs.server.web.RequestContext;

/**
 * The page the reset mail links to: a plain HTML form (no script, no style: the API's strict content policy
 * applies) that posts back here; the answer is a page saying what happened, in words.
 */
public final class ResetPasswordPageController {
    private final PasswordService passwords;

    public ResetPasswordPageController(PasswordService passwords) {
        this.passwords = passwords;
    }

    public void form(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null || token.isBlank()) {
            ctx.status(400).html(page("This link is incomplete", "<p>Open the link from the mail again, or ask for a "
                    + "new one in the app.</p>"));
            return;
        }
        ctx.html(page("Choose a new password", "<form method=\"post\" action=\"" + ApiPaths.RESET_PASSWORD_PAGE + "\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + HtmlPage.escape(token) + "\">"
                + "<p><label>New password<br><input type=\"password\" name=\"new_password\" minlength=\"8\" "
                + "autocomplete=\"new-password\" required></label></p>"
                + "<p><label>The same again<br><input type=\"password\" name=\"repeat\" autocomplete=\"new-password\" "
                + "required></label></p><p><button type=\"submit\">Set password</button></p></form>"));
    }

    public void submit(Context ctx) {
        String password = ctx.formParam("new_password");
        if (password == null || !password.equals(ctx.formParam("repeat"))) {
            ctx.status(422).html(page("The two passwords differ", "<p>Go back and type the same password twice.</p>"));
            return;
        }
        try {
            passwords.reset(ctx.formParam("token"), password, RequestContext.actorOrAnonymous(ctx));
            ctx.html(page("Your password is set", "<p>Sign in with it in the SMAVS app. Every other sign-in of your "
                    + "account has been ended.</p>"));
        } catch (DomainException refused) {
            ctx.status(refused.status()).html(page("The password was not changed",
                    "<p>" + HtmlPage.escape(refused.getMessage()) + "</p>"));
        }
    }

    private static String page(String title, String body) {
        return HtmlPage.render(title, body);
    }
}
