//! Closed code lists (contract types, procedures, sizes, themes …): each value is stored as a
//! short string and named in every language by a message.

/// A closed list of codes, each stored as a string and named by a message `<prefix>-<code>`.
pub trait Code: Copy + Sized + 'static {
    const ALL: &'static [Self];
    const MESSAGE_PREFIX: &'static str;
    fn code(self) -> &'static str;

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == s)
    }

    fn message_key(self) -> String {
        format!("{}-{}", Self::MESSAGE_PREFIX, self.code().replace('_', "-"))
    }
}
