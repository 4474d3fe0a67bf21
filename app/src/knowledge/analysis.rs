//! How the knowledge search reads words in each content language: split at non-letters,
//! lower-cased, reduced to a stem by that language's Snowball stemmer (frostem), then folded to
//! ASCII so a query typed without diacritics still matches ("hankinta" and "hankintoja" share a
//! stem; "zalais" finds "zaļais"). Latvian has no Snowball stemmer: it is folded and its common
//! endings are cut off by a light stemmer of our own (see `latvian_stem`).

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
        Some(a) => {
            let stemmer = Stemmer::new(a);
            let snowball = move |w: &str| match stemmer.stem(w) {
                std::borrow::Cow::Owned(stem) => Some(stem),
                std::borrow::Cow::Borrowed(_) => None,
            };
            base.filter(Rewrite(snowball)).filter(AsciiFoldingFilter).build()
        }
        None if lang == "lv" => base.filter(AsciiFoldingFilter).filter(Rewrite(latvian_stem)).build(),
        None => base.filter(AsciiFoldingFilter).build(),
    }
}

/// Registers every content language's analyzer.
pub fn register(manager: &TokenizerManager) {
    for lang in super::rules::CONTENT_LANGS {
        manager.register(&tokenizer_name(lang), analyzer(lang));
    }
}

/// The words of `text` lower-cased and folded to ASCII, not stemmed (for slugs).
pub fn folded_words(text: &str) -> Vec<String> {
    let a = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    words_of(a, text)
}

/// The words of `text` as the index of `lang` holds them (for tests and the cases-like rule).
pub fn terms(lang: &str, text: &str) -> Vec<String> {
    words_of(analyzer(lang), text)
}

fn words_of(mut a: TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A token filter that replaces each word by what a function makes of it (a stem), or keeps it
/// when the function gives nothing: the Snowball stemmers and the Latvian endings both.
#[derive(Clone)]
struct Rewrite<F>(F);

impl<F: Fn(&str) -> Option<String> + Clone + Send + Sync + 'static> TokenFilter for Rewrite<F> {
    type Tokenizer<T: Tokenizer> = RewriteTokenizer<T, F>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> RewriteTokenizer<T, F> {
        RewriteTokenizer { inner: tokenizer, rewrite: self.0 }
    }
}

#[derive(Clone)]
struct RewriteTokenizer<T, F> {
    inner: T,
    rewrite: F,
}

impl<T: Tokenizer, F: Fn(&str) -> Option<String> + Clone + Send + Sync + 'static> Tokenizer for RewriteTokenizer<T, F> {
    type TokenStream<'a> = RewriteStream<'a, T::TokenStream<'a>, F>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RewriteStream { tail: self.inner.token_stream(text), rewrite: &self.rewrite }
    }
}

struct RewriteStream<'a, S, F> {
    tail: S,
    rewrite: &'a F,
}

impl<S: TokenStream, F: Fn(&str) -> Option<String>> TokenStream for RewriteStream<'_, S, F> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(word) = (self.rewrite)(&token.text) {
            token.text = word;
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

/// Latvian has no Snowball stemmer: its common case and number endings (folded to ASCII) are
/// cut off, keeping a stem of at least three letters, so "iepirkums", "iepirkuma" and
/// "iepirkumiem" meet. A light stemmer in the manner of Lucene's Latvian one, much simpler.
const LATVIAN_ENDINGS: [&str; 26] = [
    "ajiem", "ajam", "ajai", "ajos", "ajas", "iem", "ais", "am", "as", "ai", "em", "es", "ei", "im", "is", "os", "om", "um", "us", "ie",
    "a", "e", "i", "o", "u", "s",
];

fn latvian_stem(word: &str) -> Option<String> {
    LATVIAN_ENDINGS
        .iter()
        .find(|e| word.ends_with(*e) && word.len() >= e.len() + 3 && word.is_ascii())
        .map(|e| word[..word.len() - e.len()].to_string())
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
        same_stem("lv", "iepirkumiem", "iepirkums");
        same_stem("lv", "iepirkuma", "iepirkumu");
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
