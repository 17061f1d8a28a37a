//! The [`Analyzer`](crate::analyzer::Analyzer) as a tantivy tokenizer, registered on the
//! index under [`TOKENIZER_NAME`].
//!
//! Tantivy's token offsets are byte offsets into the original text, which is what the
//! analyzer reports; the tokens are kept in a buffer whose strings are reused from one text to
//! the next, so indexing allocates nothing per token once the buffer has grown.
//!
//! The words are read by the thread's own analyzer ([`with_thread_analyzer`]), not one held
//! by the tokenizer: tantivy clones the registered tokenizer for each field of each new
//! segment, so an analyzer of its own would start every segment with an empty word cache and
//! stem the corpus's vocabulary again, while an indexing thread outlives its segments.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::analyzer::with_thread_analyzer;

/// The name the index's text fields refer to.
pub const TOKENIZER_NAME: &str = "marsad_arabic";

/// The tantivy tokenizer over the thread's [`crate::analyzer::Analyzer`].
#[derive(Debug, Clone, Default)]
pub struct ArabicTokenizer {
    tokens: Vec<Token>,
}

/// The tokens of one text, read from the tokenizer's buffer.
pub struct ArabicTokenStream<'a> {
    tokens: &'a mut [Token],
    /// The index of the current token plus one: 0 before the first `advance`.
    next: usize,
    /// What `token` shows before the first `advance`.
    empty: Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        let mut used = 0;
        let tokens = &mut self.tokens;
        with_thread_analyzer(|analyzer| {
            analyzer.for_each_term(text, &mut |key, range| {
                if used == tokens.len() {
                    tokens.push(Token::default());
                }
                let token = &mut tokens[used];
                token.text.clear();
                token.text.push_str(key);
                token.offset_from = range.start;
                token.offset_to = range.end;
                token.position = used;
                token.position_length = 1;
                used += 1;
            })
        });
        ArabicTokenStream { tokens: &mut self.tokens[..used], next: 0, empty: Token::default() }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        self.next.checked_sub(1).and_then(|at| self.tokens.get(at)).unwrap_or(&self.empty)
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.next.checked_sub(1) {
            Some(at) if at < self.tokens.len() => &mut self.tokens[at],
            _ => &mut self.empty,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_terms_with_original_byte_offsets() {
        let text = "وللأمريكية بغداد";
        let mut tokenizer = ArabicTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            let token = stream.token();
            seen.push((text[token.offset_from..token.offset_to].to_string(), token.position));
        }
        assert_eq!(seen, vec![("وللأمريكية".to_string(), 0), ("بغداد".to_string(), 1)]);
    }
}
