## Messages
nav-messages = Messages
messages-unread-hidden = unread
messages-title = Messages
messages-intro = Conversations between your organisation and others. Everyone in your organisation can read and answer them.
messages-empty = No conversations yet. To start one, use the contact form on a supplier's profile or a public body's page.
messages-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}
messages-mail-heading = E-mail notices
messages-mail-label = E-mail me about new messages
messages-mail-immediately = At once
messages-mail-daily = Once a day
messages-mail-never = Never
messages-mail-save = Save the setting
messages-send = Send
messages-field-subject = Subject
messages-field-body = Message
messages-field-reply = Your reply
hint-messages-body = Plain text, up to 5,000 characters. Everyone in the other organisation can read it.
messages-with = Conversation with { $org }
messages-thread = Messages
messages-reply-heading = Reply
messages-former-member = Former member
messages-you-blocked = You have blocked { $org }: neither organisation can write in this conversation until you unblock it.
messages-they-blocked = { $org } does not accept messages from your organisation.
messages-block-heading = Block this organisation
messages-block-explain = An organisation you block can no longer write to yours, and yours can no longer write to it. To tell the moderators about a message that breaks the rules, report it.
messages-block = Block { $org }
messages-unblock = Unblock { $org }
messages-report = Report
messages-report-which = the message from { $name }, { $time }
messages-report-reason = Why are you reporting this message?
hint-messages-report = The moderators see this message and your reason, nothing else of the conversation.
messages-report-submit = Send the report
reports-title = Reported messages
reports-empty = No reported messages.
reports-from = Message from { $org }
reports-reporter = Reported by
reports-reason = Reason
reports-when = Reported on
reports-resolve = Resolved
notice-message-sent = Your message is sent.
notice-message-reported = Thank you. The moderators will look at the message.
notice-message-mail-saved = Your e-mail setting for messages is saved.
notice-organisation-blocked = The organisation is blocked. Neither side can send messages now.
notice-organisation-unblocked = The organisation is unblocked.
notice-report-resolved = The report is marked resolved.
err-message-self = You cannot send a message to your own organisation.
err-blocked = Messages between these organisations are blocked.
err-recipient-unavailable = This organisation cannot receive messages.
mail-message-received-subject = New message from { $org }: { $subject }
mail-message-received-body =
    Hello { $name },

    { $org } has written to your organisation on PPI Hub about "{ $subject }".

    Read and answer it here: { $link }

    You can change how often we e-mail you about messages on your Messages page.
mail-messages-daily-subject = { $count ->
    [one] 1 unread message on PPI Hub
   *[other] { $count } unread messages on PPI Hub
}
mail-messages-daily-body =
    Hello { $name },

    { $count ->
        [one] 1 new message is waiting for you.
       *[other] { $count } new messages are waiting for you.
    }

    Read them here: { $link }

    You can change how often we e-mail you about messages on your Messages page.
