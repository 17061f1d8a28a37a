//! The matcher's alphabet: every character of the folded view as one byte.
//!
//! In UTF-8 an Arabic letter takes two bytes, so an automaton over the folded view takes two
//! steps a letter and needs a state between the two bytes of each. Coding each character of
//! the aliases as one byte of its own halves the steps and shrinks the automaton, which is
//! too big for the cache and so pays for every state it visits.
//!
//! A character no alias contains cannot be part of a match: it only has to say whether it
//! continues a word (for the word-boundary rules) and how many bytes it takes, so such
//! characters share eight codes (word or not, one to four bytes). Every code has one length
//! in UTF-8, so a position in codes maps back to the folded view exactly by adding lengths,
//! and the coded text needs no table of positions beside it.

use marsad_text::fold::{CharCoder, KeptCodes};
use marsad_text::token::is_arabic_letter;

/// The codes of the characters no alias contains: `OTHER + length - 1` for those that do not
/// continue a word, `OTHER_WORD + length - 1` for those that do (letters, digits).
const OTHER: u8 = 0;
const OTHER_WORD: u8 = 4;
/// The first code of the aliases' own characters.
const FIRST_CODED: u8 = 8;
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
    /// The same codes with whether folding keeps each character, for the fold's run loop.
    kept: KeptCodes,
    /// The coded characters at or above [`TABLE_SIZE`], sorted, with their codes.
    rare: Vec<(char, u8)>,
    /// Whether the character of each code continues a word.
    word: [bool; 256],
    /// The length in UTF-8 of the character of each code.
    len: [u8; 256],
    /// How many characters have a code of their own.
    coded: usize,
}

/// A folded text in an alphabet's codes, one code per character.
#[derive(Debug)]
pub struct Coded<'a> {
    pub codes: Vec<u8>,
    alphabet: &'a Alphabet,
}

impl Coded<'_> {
    /// The length in the folded view of the character of `code`.
    #[inline]
    pub fn len_of(&self, code: u8) -> usize {
        usize::from(self.alphabet.len[usize::from(code)])
    }
}

impl Alphabet {
    /// An alphabet with a code for every character of `chars`. None when they are more than
    /// one byte can code.
    pub fn new(chars: impl IntoIterator<Item = char>) -> Option<Self> {
        let mut distinct: Vec<char> = chars.into_iter().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut alphabet = Alphabet {
            table: Box::new([OTHER; TABLE_SIZE]),
            // Made again from the finished table below.
            kept: KeptCodes::new(&[OTHER; TABLE_SIZE]),
            rare: Vec::new(),
            word: [false; 256],
            len: [1; 256],
            coded: distinct.len().min(usize::from(u8::MAX - FIRST_CODED) + 1),
        };
        for len in 1..=4u8 {
            alphabet.len[usize::from(OTHER + len - 1)] = len;
            alphabet.len[usize::from(OTHER_WORD + len - 1)] = len;
            alphabet.word[usize::from(OTHER_WORD + len - 1)] = true;
        }
        for (code, c) in (FIRST_CODED..=u8::MAX).zip(distinct.iter().copied()) {
            alphabet.word[usize::from(code)] = is_word_char(c);
            alphabet.len[usize::from(code)] = c.len_utf8() as u8;
            match alphabet.table.get_mut(c as usize) {
                Some(slot) => *slot = code,
                None => alphabet.rare.push((c, code)),
            }
        }
        for point in 0..TABLE_SIZE as u32 {
            let Some(c) = char::from_u32(point) else { continue };
            if alphabet.table[point as usize] == OTHER {
                alphabet.table[point as usize] = uncoded(c);
            }
        }
        alphabet.kept = KeptCodes::new(&alphabet.table);
        let fits = distinct.len() <= usize::from(u8::MAX - FIRST_CODED) + 1;
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
            Err(_) => uncoded(c),
        }
    }

    /// The automaton's classes of codes: every character no alias contains is in class 0 (no
    /// pattern reads it), each coded character in a class of its own. The class of each code,
    /// and one code of each class.
    pub fn classes(&self) -> ([u8; 256], Vec<u8>) {
        let mut class = [0u8; 256];
        let mut representative = vec![OTHER];
        for (index, code) in (FIRST_CODED..=u8::MAX).take(self.coded).enumerate() {
            // At most 248 coded characters: the class fits a byte.
            class[usize::from(code)] = u8::try_from(index + 1).unwrap_or(0);
            representative.push(code);
        }
        (class, representative)
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

    /// The folded view `folded` in codes. One- and two-byte characters, which Arabic text is
    /// made of, are decoded straight from the bytes.
    pub fn encode(&self, folded: &str) -> Coded<'_> {
        let bytes = folded.as_bytes();
        let mut codes = Vec::with_capacity(bytes.len());
        let mut at = 0;
        while let Some(&first) = bytes.get(at) {
            if first >= 0xE0 {
                // Three- and four-byte characters: rare in Arabic news.
                let c = folded.get(at..).and_then(|rest| rest.chars().next());
                let (code, step) = c.map_or((OTHER, 1), |c| (self.code(c), c.len_utf8()));
                codes.push(code);
                at += step;
                continue;
            }
            // ASCII or a two-byte character, told apart without a branch: spaces and letters
            // alternate too irregularly to predict. The step comes from the first byte, so
            // the next character's load does not wait for this one's table look-up.
            let two_bytes = first >= 0x80;
            let second = bytes.get(at + 1).copied().unwrap_or(0);
            let two_byte_point = (usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F);
            let point = if two_bytes { two_byte_point } else { usize::from(first) };
            codes.push(self.table[point]);
            at += 1 + usize::from(two_bytes);
        }
        Coded { codes, alphabet: self }
    }
}

/// The folded view is coded as it is folded ([`marsad_text::fold::fold_coded`]).
impl CharCoder for Alphabet {
    fn codes_below_0x800(&self) -> &[u8; 0x800] {
        &self.table
    }
    fn code(&self, c: char) -> u8 {
        Alphabet::code(self, c)
    }
    fn kept_codes(&self) -> &KeptCodes {
        &self.kept
    }
}

impl<'a> Coded<'a> {
    /// Codes made by folding with the alphabet as [`CharCoder`].
    pub fn from_codes(codes: Vec<u8>, alphabet: &'a Alphabet) -> Self {
        Coded { codes, alphabet }
    }
}

/// The code of a character no alias contains.
fn uncoded(c: char) -> u8 {
    let base = if is_word_char(c) { OTHER_WORD } else { OTHER };
    base + c.len_utf8() as u8 - 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::fold::fold_char;

    #[test]
    fn coded_characters_are_told_apart_and_the_rest_only_by_word() {
        let alphabet = Alphabet::new("داعش ل".chars()).unwrap();
        let codes = alphabet.encode_str("داعش لx،ğ");
        assert_eq!(codes.len(), 9);
        assert_eq!(&codes[..6], alphabet.encode_str("داعش ل").as_slice());
        assert_eq!(codes[6], OTHER_WORD);
        assert_eq!(codes[7], OTHER + 1);
        assert_eq!(codes[8], OTHER_WORD + 1);
        assert!(alphabet.is_word(codes[0]) && !alphabet.is_word(codes[4]));
    }

    /// The persons reader tells words with the tokenizer's test; the matcher with its own. On
    /// the folded view, which holds no marks or joiners, they agree.
    #[test]
    fn word_characters_of_the_folded_view_are_the_tokenizer_s() {
        let alphabet = Alphabet::new("داعش".chars()).unwrap();
        let folded_chars = (0..0x3_0000u32).filter_map(char::from_u32).filter(|&c| fold_char(c) == Some(c));
        for c in folded_chars {
            let code = alphabet.code(c);
            assert_eq!(alphabet.is_word(code), marsad_text::token::is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn positions_map_back_to_the_folded_bytes() {
        let alphabet = Alphabet::new("داعش".chars()).unwrap();
        let text = "a داعش 😀ش";
        let coded = alphabet.encode(text);
        assert_eq!(coded.codes, alphabet.encode_str(text));
        let lengths: Vec<usize> = coded.codes.iter().map(|&code| coded.len_of(code)).collect();
        assert_eq!(lengths, text.chars().map(char::len_utf8).collect::<Vec<_>>());
    }

    /// Text with what folding changes: case, exotic spaces, harakat, tatweel, presentation
    /// forms, Eastern digits, quote marks, bidi marks, and characters of every length.
    const FOLDING_CASES: &str = "[a-zA-Z \u{a0}\t،داعشلأإآةىًٌَُّْـﻻﷲ٣xğ😀“”\u{200f}\\PC]{0,60}";

    proptest::proptest! {
        /// Decoding the bytes gives each character's code, as reading the characters does, in
        /// any text: Arabic, ASCII, and the three- and four-byte characters in between.
        #[test]
        fn the_bytes_read_as_the_characters(text in "[a-z ،داعشلxğ😀“”\\PC]{0,60}") {
            let alphabet = Alphabet::new("داعش ل".chars()).unwrap();
            proptest::prop_assert_eq!(alphabet.encode(&text).codes, alphabet.encode_str(&text));
        }

        /// Coding while folding gives the folded view that folding gives, and the codes that
        /// coding it afterwards gives: harakat dropped, presentation forms decomposed, spaces
        /// collapsed, letters unified, characters of every length.
        #[test]
        fn coding_while_folding_codes_the_folded_view(text in FOLDING_CASES) {
            let alphabet = Alphabet::new("داعش لاهيa3\"".chars()).unwrap();
            let (folded, codes) = marsad_text::fold::fold_coded(&text, &alphabet);
            let plain = marsad_text::fold::fold(&text);
            proptest::prop_assert_eq!(&folded, &plain);
            proptest::prop_assert_eq!(codes, alphabet.encode(plain.as_str()).codes);
        }
    }
}
