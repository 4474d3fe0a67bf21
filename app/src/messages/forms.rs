//! The message forms: the first message to an organisation, a reply, a report, the e-mail setting.

use super::rules;
use crate::validation::{FieldErrors, FormRule, FormValues};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageForm {
    Contact,
    Message,
    Report,
    MailSetting,
}

impl MessageForm {
    pub const ALL: [MessageForm; 4] = [MessageForm::Contact, MessageForm::Message, MessageForm::Report, MessageForm::MailSetting];
}

impl FormRule for MessageForm {
    fn validate(self, values: &FormValues) -> FieldErrors {
        match self {
            MessageForm::Contact => rules::contact(values),
            MessageForm::Message => rules::message(values),
            MessageForm::Report => rules::report(values),
            MessageForm::MailSetting => rules::message_mail(values),
        }
    }
}
