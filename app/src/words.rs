//! The words of a text as the word indexes of the searches hold them (tenders, suppliers, and
//! the knowledge centre next).

/// A text cut into the words the search index holds: lower-cased runs of letters and digits,
/// at least two characters, each once, at most 400.
pub fn index_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2) {
        if words.len() >= 400 {
            break;
        }
        if !words.iter().any(|x| x == w) {
            words.push(w.to_string());
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_index_words() {
        assert_eq!(
            index_words("Street-lighting, STREET lights; a 45000000-7 Tarjouspyyntö"),
            vec!["street", "lighting", "lights", "45000000", "tarjouspyyntö"]
        );
        assert!(index_words(" - ").is_empty());
    }
}
