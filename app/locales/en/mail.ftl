## Outbox
outbox-title = Outbox
outbox-intro = Every e-mail the platform has sent, newest first. Without an SMTP server, mail stays here.
outbox-empty = No e-mail yet.
outbox-to = To
outbox-when = Created
outbox-status = Status
outbox-status-queued = Queued
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-status-logged = Kept here (no SMTP server)
