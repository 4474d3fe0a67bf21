//! How the knowledge search reads words in each content language: split at non-letters,
//! lower-cased, reduced to a stem by that language's Snowball stemmer (frostem), then folded to
//! ASCII so a query typed without diacritics still matches ("hankinta" and "hankintoja" share a
//! stem; "zalais" finds "zaļais"). Latvian has no Snowball stemmer: it is folded and its common
//! endings are not removed, which the README says plainly.

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
    TokenizerManager,
};

/// The tokenizer name of a content language's fields.
pub fn tokenizer_name(lang: &str) -> String {
    format!("knowledge_{lang}")
}

fn algorithm(lang: &str) -> Option<Algorithm> {
    Some(match lang {
        "en" => Algorithm::English,
        "da" => Algorithm::Danish,
        "de" => Algorithm::German,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "lt" => Algorithm::Lithuanian,
        "sv" => Algorithm::Swedish,
        "no" => Algorithm::Norwegian,
        _ => return None,
    })
}

/// The analyzer of one language's fields.
pub fn analyzer(lang: &str) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40)).filter(LowerCaser);
    match algorithm(lang) {
        Some(a) => base.filter(SnowballFilter(Stemmer::new(a))).filter(AsciiFoldingFilter).build(),
        None => base.filter(AsciiFoldingFilter).build(),
    }
}

/// Registers every content language's analyzer.
pub fn register(manager: &TokenizerManager) {
    for lang in super::rules::CONTENT_LANGS {
        manager.register(&tokenizer_name(lang), analyzer(lang));
    }
}

/// The words of `text` as the index of `lang` holds them (for tests and the cases-like rule).
pub fn terms(lang: &str, text: &str) -> Vec<String> {
    let mut a = analyzer(lang);
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A token filter that replaces each word by its Snowball stem.
#[derive(Clone)]
struct SnowballFilter(Stemmer);

impl TokenFilter for SnowballFilter {
    type Tokenizer<T: Tokenizer> = SnowballTokenizer<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> SnowballTokenizer<T> {
        SnowballTokenizer { inner: tokenizer, stemmer: self.0 }
    }
}

#[derive(Clone)]
struct SnowballTokenizer<T> {
    inner: T,
    stemmer: Stemmer,
}

impl<T: Tokenizer> Tokenizer for SnowballTokenizer<T> {
    type TokenStream<'a> = SnowballStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SnowballStream { tail: self.inner.token_stream(text), stemmer: self.stemmer }
    }
}

struct SnowballStream<S> {
    tail: S,
    stemmer: Stemmer,
}

impl<S: TokenStream> TokenStream for SnowballStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let std::borrow::Cow::Owned(stem) = self.stemmer.stem(&token.text) {
            token.text = stem;
        }
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::terms;

    fn same_stem(lang: &str, a: &str, b: &str) {
        assert_eq!(terms(lang, a), terms(lang, b), "{lang}: {a} / {b}");
    }

    #[test]
    fn inflected_forms_share_a_stem() {
        same_stem("en", "procurements", "procurement");
        same_stem("da", "indkøbene", "indkøb");
        same_stem("de", "Beschaffungen", "Beschaffung");
        same_stem("fi", "hankinnoissa", "hankinnoista");
        same_stem("et", "hangetes", "hangete");
        same_stem("lt", "pirkimų", "pirkimai");
    }

    #[test]
    fn diacritics_fold_so_plain_typing_matches() {
        same_stem("lv", "zaļais", "zalais");
        same_stem("de", "Straßenbeleuchtung", "Strassenbeleuchtung");
        assert_eq!(terms("en", "smart-lighting, 2019"), ["smart", "light", "2019"]);
    }

    #[test]
    fn any_script_is_read_without_panicking() {
        for lang in crate::knowledge::rules::CONTENT_LANGS {
            let _ = terms(lang, "€ 𝄞 مرحبا 漢字 \u{202e} ﷽ ß̷̀");
        }
    }
}
