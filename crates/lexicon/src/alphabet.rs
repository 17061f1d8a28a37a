//! The matcher's alphabet: every character of the folded view as one byte.
//!
//! In UTF-8 an Arabic letter takes two bytes, so an automaton over the folded view takes two
//! steps a letter and needs a state between the two bytes of each. Coding each character of
//! the aliases as one byte of its own halves the steps and shrinks the automaton, which is
//! too big for the cache and so pays for every state it visits.
//!
//! A character no alias contains cannot be part of a match: it only has to say whether it
//! continues a word (for the word-boundary rules), so such characters share two codes, one
//! for word characters and one for the rest. Every coded position keeps the folded byte it
//! came from, so a match maps back to the folded view exactly.

use marsad_text::token::is_arabic_letter;

/// The code of a character no alias contains that does not continue a word.
const OTHER: u8 = 0;
/// The code of a character no alias contains that continues a word (a letter, a digit).
const OTHER_WORD: u8 = 1;
/// Characters below this code point (ASCII, Latin, Arabic) are coded by table.
const TABLE_SIZE: usize = 0x800;

/// Letters and digits make words; anything else ends them.
pub fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || c.is_alphanumeric()
}

/// The one-byte codes of the characters the aliases are written with.
#[derive(Debug, Clone)]
pub struct Alphabet {
    /// The code of every character below [`TABLE_SIZE`].
    table: Box<[u8; TABLE_SIZE]>,
    /// The coded characters at or above [`TABLE_SIZE`], sorted, with their codes.
    rare: Vec<(char, u8)>,
    /// Whether the character of each code continues a word.
    word: [bool; 256],
}

/// A folded text in the alphabet's codes: one code per character, and where each character
/// starts in the folded view (with the view's length at the end).
#[derive(Debug, Default)]
pub struct Coded {
    pub codes: Vec<u8>,
    pub starts: Vec<usize>,
    /// Whether the character of each code continues a word (the alphabet's table).
    word: Vec<bool>,
}

impl Coded {
    /// The words of the folded view (runs of word characters) as folded byte ranges, read
    /// from the codes: one table look-up a character, no UTF-8 to decode.
    pub fn words(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let codes = self.codes.as_slice();
        let is_word = |at: usize| self.word[usize::from(codes[at])];
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < codes.len() && !is_word(at) {
                at += 1;
            }
            if at >= codes.len() {
                return None;
            }
            let start = at;
            while at < codes.len() && is_word(at) {
                at += 1;
            }
            Some((self.starts[start], self.starts[at]))
        })
    }
}

impl Alphabet {
    /// An alphabet with a code for every character of `chars`. None when they are more than
    /// one byte can code.
    pub fn new(chars: impl IntoIterator<Item = char>) -> Option<Self> {
        let mut distinct: Vec<char> = chars.into_iter().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut alphabet =
            Alphabet { table: Box::new([OTHER; TABLE_SIZE]), rare: Vec::new(), word: [false; 256] };
        alphabet.word[usize::from(OTHER_WORD)] = true;
        for (code, c) in (OTHER_WORD + 1..=u8::MAX).zip(distinct.iter().copied()) {
            alphabet.word[usize::from(code)] = is_word_char(c);
            match alphabet.table.get_mut(c as usize) {
                Some(slot) => *slot = code,
                None => alphabet.rare.push((c, code)),
            }
        }
        for code in 0..TABLE_SIZE as u32 {
            let uncoded = alphabet.table[code as usize] == OTHER;
            if uncoded && char::from_u32(code).is_some_and(is_word_char) {
                alphabet.table[code as usize] = OTHER_WORD;
            }
        }
        let fits = distinct.len() <= usize::from(u8::MAX - OTHER_WORD);
        fits.then_some(alphabet)
    }

    /// The code of one character.
    #[inline]
    pub fn code(&self, c: char) -> u8 {
        if let Some(&code) = self.table.get(c as usize) {
            return code;
        }
        match self.rare.binary_search_by_key(&c, |&(rare, _)| rare) {
            Ok(found) => self.rare[found].1,
            Err(_) if is_word_char(c) => OTHER_WORD,
            Err(_) => OTHER,
        }
    }

    /// True when the character of `code` continues a word.
    #[inline]
    pub fn is_word(&self, code: u8) -> bool {
        self.word[usize::from(code)]
    }

    /// `text` in codes (an alias, or a word the matcher compares with).
    pub fn encode_str(&self, text: &str) -> Vec<u8> {
        text.chars().map(|c| self.code(c)).collect()
    }

    /// The folded view `folded` in codes, with where each character starts. One- and
    /// two-byte characters, which Arabic text is made of, are decoded straight from the bytes.
    pub fn encode(&self, folded: &str, coded: &mut Coded) {
        coded.codes.clear();
        coded.starts.clear();
        coded.word.clear();
        coded.word.extend_from_slice(&self.word);
        coded.codes.reserve(folded.len());
        coded.starts.reserve(folded.len() + 1);
        let bytes = folded.as_bytes();
        let mut at = 0;
        while let Some(&first) = bytes.get(at) {
            let (code, len) = if first < 0x80 {
                (self.table[usize::from(first)], 1)
            } else if first & 0xE0 == 0xC0 && at + 1 < bytes.len() {
                let point = (usize::from(first & 0x1F) << 6) | usize::from(bytes[at + 1] & 0x3F);
                (self.table[point], 2)
            } else {
                let c = folded
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                (self.code(c), c.len_utf8())
            };
            coded.codes.push(code);
            coded.starts.push(at);
            at += len;
        }
        coded.starts.push(bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coded_characters_are_told_apart_and_the_rest_only_by_word() {
        let alphabet = Alphabet::new("داعش ل".chars()).unwrap();
        let codes = alphabet.encode_str("داعش لx،ğ");
        assert_eq!(codes.len(), 9);
        assert_eq!(&codes[..6], alphabet.encode_str("داعش ل").as_slice());
        assert_eq!(codes[6], OTHER_WORD);
        assert_eq!(codes[7], OTHER);
        assert_eq!(codes[8], OTHER_WORD);
        assert!(alphabet.is_word(codes[0]) && !alphabet.is_word(codes[4]));
    }

    #[test]
    fn positions_map_back_to_the_folded_bytes() {
        let alphabet = Alphabet::new("داعش".chars()).unwrap();
        let text = "a داعش 😀ش";
        let mut coded = Coded::default();
        alphabet.encode(text, &mut coded);
        assert_eq!(coded.codes, alphabet.encode_str(text));
        let chars: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        assert_eq!(coded.starts, chars);
        let words: Vec<&str> = coded.words().map(|(start, end)| &text[start..end]).collect();
        assert_eq!(words, ["a", "داعش", "ش"]);
    }
}
