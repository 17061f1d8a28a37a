//! Fingerprints of one text: an exact hash and a SimHash of its folded word shingles.

use marsad_text::fold::fold_key_into;
use marsad_text::token::{tokenize, TokenKind};
use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// Texts with fewer shingles than this get no SimHash: a few words say too little about a
/// text for a near match to mean "the same story" (two short bulletins share most words).
pub const MIN_SHINGLES: usize = 24;

/// Words per shingle: three words keep word order in the fingerprint, so two stories on the
/// same topic with the same vocabulary still differ.
const SHINGLE_WORDS: usize = 3;

/// The exact identity of a text's content, white space aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentHash(pub [u8; 16]);

impl ContentHash {
    /// Hashes `text` with every run of white space read as one space and the ends trimmed.
    pub fn of(text: &str) -> Self {
        let mut normal = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !normal.is_empty() {
                normal.push(' ');
            }
            normal.push_str(word);
        }
        ContentHash(xxh3_128(normal.as_bytes()).to_le_bytes())
    }

    /// Lower-case hexadecimal, 32 digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// What duplicate detection knows of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub content: ContentHash,
    /// None for a text with fewer than [`MIN_SHINGLES`] shingles.
    pub simhash: Option<u64>,
}

impl Fingerprint {
    pub fn of(text: &str) -> Self {
        Fingerprint { content: ContentHash::of(text), simhash: simhash(text) }
    }
}

/// The SimHash of `text`: each bit is the majority vote of that bit over its shingle hashes.
fn simhash(text: &str) -> Option<u64> {
    let words = folded_words(text);
    if words.len() < SHINGLE_WORDS {
        return None;
    }
    let mut votes = [0i32; 64];
    let mut shingles = 0;
    for window in words.windows(SHINGLE_WORDS) {
        let hash = shingle_hash(window);
        for (bit, vote) in votes.iter_mut().enumerate() {
            *vote += if hash >> bit & 1 == 1 { 1 } else { -1 };
        }
        shingles += 1;
    }
    if shingles < MIN_SHINGLES {
        return None;
    }
    Some(votes.iter().enumerate().filter(|(_, vote)| **vote > 0).fold(0, |bits, (bit, _)| bits | 1 << bit))
}

/// The folded keys of the words and numbers of `text`, in order; punctuation is left out
/// so that a changed comma does not change a shingle.
fn folded_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for token in tokenize(text) {
        if matches!(token.kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number) {
            let mut key = String::new();
            fold_key_into(token.text(text), &mut key);
            if !key.is_empty() {
                words.push(key);
            }
        }
    }
    words
}

/// A well-mixed 64-bit hash of a shingle; words are joined with a byte no word holds.
fn shingle_hash(words: &[String]) -> u64 {
    let mut joined = Vec::with_capacity(words.iter().map(|word| word.len() + 1).sum());
    for word in words {
        joined.extend_from_slice(word.as_bytes());
        joined.push(0);
    }
    xxh3_64(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "قالت مصادر أهلية إن طائرات التحالف الدولي قصفت بلدة هجين في ريف دير الزور \
        الشرقي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين بجروح، فيما تواصلت الاشتباكات \
        بين قوات سوريا الديمقراطية وعناصر التنظيم على أطراف بلدة الشعفة القريبة من الحدود العراقية \
        حتى ساعات المساء بحسب المصادر ذاتها.";

    #[test]
    fn white_space_does_not_change_the_content_hash() {
        let rewrapped = STORY.replace("، ", "،\n  ");
        assert_eq!(ContentHash::of(STORY), ContentHash::of(&rewrapped));
        assert_ne!(ContentHash::of(STORY), ContentHash::of(&STORY.replace("خمسة", "ستة")));
    }

    #[test]
    fn a_small_edit_moves_the_simhash_a_few_bits_at_most() {
        let edited = STORY.replace("صباح اليوم", "فجر اليوم").replace("سوريا", "سورية");
        let a = Fingerprint::of(STORY).simhash.expect("long enough");
        let b = Fingerprint::of(&edited).simhash.expect("long enough");
        assert!((a ^ b).count_ones() <= 12, "distance {}", (a ^ b).count_ones());
        assert_ne!(a, b);
    }

    #[test]
    fn folding_variants_give_the_same_simhash() {
        let variant = STORY.replace("إلى", "الى").replace("الدولي", "الدولى").replace("إصابة", "اصابة");
        assert_eq!(Fingerprint::of(STORY).simhash, Fingerprint::of(&variant).simhash);
    }

    #[test]
    fn short_texts_get_no_simhash() {
        assert_eq!(Fingerprint::of("قصف على هجين").simhash, None);
        assert_eq!(Fingerprint::of("").simhash, None);
    }

    #[test]
    fn hex_has_32_digits() {
        assert_eq!(ContentHash::of("x").to_hex().len(), 32);
    }
}
