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
    let words = FoldedWords::of(text);
    if words.len() < SHINGLE_WORDS {
        return None;
    }
    let shingles = words.len() - SHINGLE_WORDS + 1;
    if shingles < MIN_SHINGLES {
        return None;
    }
    let mut ones = BitCounts::default();
    for first in 0..shingles {
        ones.add(xxh3_64(words.shingle(first)));
    }
    Some(ones.majority(shingles as u32))
}

/// How many of the hashes added have each of the 64 bits set. A hash is added eight bits
/// at a time: lane `j` holds, in its byte `k`, the count of bit `8k + j`, so one addition
/// counts eight bits; the bytes are moved into `totals` before they can overflow.
struct BitCounts {
    lanes: [u64; 8],
    in_lanes: u32,
    totals: [u32; 64],
}

/// The lowest bit of each byte.
const BYTE_LOW_BITS: u64 = 0x0101_0101_0101_0101;

impl Default for BitCounts {
    fn default() -> Self {
        BitCounts { lanes: [0; 8], in_lanes: 0, totals: [0; 64] }
    }
}

impl BitCounts {
    fn add(&mut self, hash: u64) {
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            *lane += (hash >> j) & BYTE_LOW_BITS;
        }
        self.in_lanes += 1;
        if self.in_lanes == u32::from(u8::MAX) {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            for k in 0..8 {
                self.totals[8 * k + j] += (*lane >> (8 * k) & 0xff) as u32;
            }
            *lane = 0;
        }
        self.in_lanes = 0;
    }

    /// The bits set in more than half of `count` hashes: each bit's majority vote.
    fn majority(mut self, count: u32) -> u64 {
        self.flush();
        self.totals
            .iter()
            .enumerate()
            .filter(|(_, ones)| 2 * **ones > count)
            .fold(0, |bits, (bit, _)| bits | 1 << bit)
    }
}

/// The folded keys of the words and numbers of a text, in order, each followed by a 0 byte
/// in one buffer; punctuation is left out so that a changed comma does not change a
/// shingle. A shingle is then one slice of the buffer: no string is made per word or per
/// shingle.
struct FoldedWords {
    joined: Vec<u8>,
    /// Where each word starts in `joined`, and where the last one ends.
    starts: Vec<usize>,
}

impl FoldedWords {
    fn of(text: &str) -> Self {
        let mut joined = Vec::with_capacity(text.len());
        let mut starts = vec![0];
        let mut key = String::new();
        for token in tokenize(text) {
            if matches!(token.kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number) {
                key.clear();
                fold_key_into(token.text(text), &mut key);
                if !key.is_empty() {
                    joined.extend_from_slice(key.as_bytes());
                    // Words are joined with a byte no word holds.
                    joined.push(0);
                    starts.push(joined.len());
                }
            }
        }
        FoldedWords { joined, starts }
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The bytes of the shingle of [`SHINGLE_WORDS`] words from word `first` on.
    fn shingle(&self, first: usize) -> &[u8] {
        &self.joined[self.starts[first]..self.starts[first + SHINGLE_WORDS]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::fold::fold_key;
    use proptest::prelude::*;

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
    fn a_shingle_is_its_folded_words_each_ended_by_a_zero_byte() {
        let words = FoldedWords::of("قصفت الطائرات، بلدة هجين 12 مرة");
        assert_eq!(words.len(), 6);
        let mut expected = Vec::new();
        for word in ["بلده", "هجين", "12"] {
            expected.extend_from_slice(fold_key(word).as_bytes());
            expected.push(0);
        }
        assert_eq!(words.shingle(2), &expected[..]);
    }

    proptest! {
        /// The bytewise count votes as one vote per bit and hash would.
        #[test]
        fn bit_counts_give_the_majority_of_each_bit(hashes in proptest::collection::vec(any::<u64>(), 1..700)) {
            let mut ones = BitCounts::default();
            let mut votes = [0i32; 64];
            for hash in &hashes {
                ones.add(*hash);
                for (bit, vote) in votes.iter_mut().enumerate() {
                    *vote += if hash >> bit & 1 == 1 { 1 } else { -1 };
                }
            }
            let expected = votes.iter().enumerate().filter(|(_, vote)| **vote > 0).fold(0u64, |bits, (bit, _)| bits | 1 << bit);
            prop_assert_eq!(ones.majority(hashes.len() as u32), expected);
        }
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
