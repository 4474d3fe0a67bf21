## Sign-up and sign-in
signup-title = Sign up
signup-intro = Create a free account. Choose the kind that fits you.
signup-buyer-heading = I buy for a public body
signup-buyer-text = Municipalities, regions, agencies, ministries and utilities. A moderator verifies your public body before you publish tenders.
signup-buyer-action = Sign up as a public buyer
signup-supplier-heading = I sell to the public sector
signup-supplier-text = Companies of every size, above all small and medium-sized ones.
signup-supplier-action = Sign up as a supplier
signup-have-account = Already have an account?
signup-buyer-title = Sign up as a public buyer
signup-buyer-explain = Tell us about yourself and your public body. After you confirm your e-mail address, a moderator verifies the public body.
signup-supplier-title = Sign up as a supplier
signup-supplier-explain = Tell us about yourself and your company. You complete the company profile after signing in.
signup-submit = Create account
signin-title = Sign in
signin-submit = Sign in
signin-forgot = Forgot your password?
signin-no-account = No account yet?
forgot-title = Forgot your password
forgot-intro = Enter your e-mail address and we will send you a link to choose a new password. The link works once, for one hour.
forgot-submit = Send the link
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid = This link is invalid or has expired.
reset-ask-again = Ask for a new link

## Account
account-title = My account
account-you = You
account-role = Role
account-since = Member since
account-staff-note = You moderate public bodies on this platform.
account-organisation = Your organisation
account-verification = Verification
verification-pending = Waiting for a moderator. You can publish tenders once your public body is verified.
verification-verified = Verified
verification-rejected = Not verified: { $reason }
account-edit = Edit your details
account-save = Save
account-change-email = Change e-mail address
account-change-email-intro = We send a link to the new address; the change takes effect when you open it.
account-change-password = Change password
account-data = Your data
account-data-intro = Download everything we store about you as a JSON file.
account-data-download = Download my data
account-delete = Delete account
account-delete-intro = This deletes your account and your personal data for good. Your organisation stays if colleagues use it.
account-delete-confirm = I understand that this cannot be undone.
account-delete-submit = Delete my account
role-buyer = Public buyer
role-supplier = Supplier
role-moderator = Moderator
role-admin = Administrator

## Moderation
moderation-title = Public bodies to verify
moderation-intro = Check that each body is a contracting authority and that the person belongs to it, then verify or reject it.
moderation-empty = No public body is waiting.
moderation-count = { $count ->
    [one] One public body is waiting.
   *[other] { $count } public bodies are waiting.
}
moderation-contact = Contact
moderation-registered = Registered
moderation-decision = Decision
moderation-verify = Verify
moderation-reject = Reject
moderation-reason = Reason
moderation-submit = Save decision

## E-mails
mail-verify-subject = Confirm your e-mail address for PPI Hub
mail-verify-body =
    Hello { $name },

    please confirm your e-mail address by opening this link (it works for 48 hours):

    { $link }

    If you did not sign up for PPI Hub, ignore this message.
mail-account-exists-subject = Someone tried to sign up with your address on PPI Hub
mail-account-exists-body =
    Hello { $name },

    someone tried to create a PPI Hub account with this e-mail address, which already has one. If it was you, sign in here; if you forgot the password, choose "Forgot your password?":

    { $link }

    If it was not you, you need not do anything.
mail-reset-subject = Choose a new password for PPI Hub
mail-reset-body =
    Hello { $name },

    open this link to choose a new password (it works once, for one hour):

    { $link }

    If you did not ask for this, ignore this message: your password stays as it is.
mail-password-changed-subject = Your PPI Hub password was changed
mail-password-changed-body =
    Hello { $name },

    the password of your PPI Hub account was just changed. If this was not you, reset your password at once and contact us.

    { $link }
mail-change-email-subject = Confirm your new e-mail address for PPI Hub
mail-change-email-body =
    Hello { $name },

    open this link to make this your PPI Hub address (it works for 24 hours):

    { $link }

    If you did not ask for this, ignore this message.
mail-email-changed-subject = Your PPI Hub e-mail address was changed
mail-email-changed-body =
    Hello { $name },

    your PPI Hub account now uses the address { $email }. If this was not you, contact us at once.
mail-body-verified-subject = { $body } is verified on PPI Hub
mail-body-verified-body =
    Hello { $name },

    a moderator has verified { $body }. You can now publish tenders on PPI Hub.

    { $link }
mail-body-rejected-subject = { $body } could not be verified on PPI Hub
mail-body-rejected-body =
    Hello { $name },

    a moderator could not verify { $body } as a public body. The reason given:

    { $reason }

    Reply to this message if you think this is a mistake.
