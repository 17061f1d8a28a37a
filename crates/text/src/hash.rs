//! Cheap hashing for the engine's own word tables.
//!
//! The readers ask their tables about nearly every word of every article, where SipHash
//! (the standard library's default) would cost more than the rest of the test. The keys are
//! our own data, so hash flooding is no concern; the tables are only asked for membership,
//! so no iteration order reaches any output. [`KeyFilter`] answers "certainly not" for most
//! words before any table is hashed at all.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over the bytes of a key, eight bytes a step.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }
}

/// A set of keys hashed by [`KeyHasher`].
pub type KeySet<K> = HashSet<K, BuildHasherDefault<KeyHasher>>;
/// A map from keys hashed by [`KeyHasher`].
pub type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// A one-hash Bloom filter over a table's keys: `false` means the word is certainly not a
/// key, so the table need not be asked; `true` means it may be. Its hash reads at most the
/// first and last eight bytes and the length, a few instructions for any word, and with
/// some sixty bits a key nearly every other word is turned away.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    bits: Vec<u64>,
    /// log2 of the number of bits.
    size: u32,
}

/// The most bits [`KeyFilter::new`] gives a filter: 2^16, 8 KB.
const FILTER_BITS: u32 = 16;
/// The bits [`KeyFilter::new`] gives each key, at the least: about one word in
/// `BITS_PER_KEY` that is no key passes.
const BITS_PER_KEY: usize = 64;

impl KeyFilter {
    /// A filter sized to its keys: some [`BITS_PER_KEY`] bits a key, up to 2^16 bits. A small
    /// table's filter stays small, so the readers' filters, asked of every word, share the
    /// first-level cache instead of taking 8 KB each for a dozen keys.
    pub fn new<K: AsRef<[u8]>>(keys: impl IntoIterator<Item = K>) -> Self {
        let keys: Vec<K> = keys.into_iter().collect();
        let wanted = keys.len().saturating_mul(BITS_PER_KEY).next_power_of_two();
        Self::with_bits(keys, wanted.trailing_zeros().min(FILTER_BITS))
    }

    /// A filter of 2^`size` bits (at least 2^6), for tables larger than a few thousand keys.
    pub fn with_bits<K: AsRef<[u8]>>(keys: impl IntoIterator<Item = K>, size: u32) -> Self {
        let size = size.clamp(6, 32);
        let mut bits = vec![0u64; 1 << (size - 6)];
        for key in keys {
            let bit = filter_bit(key.as_ref(), size);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        KeyFilter { bits, size }
    }

    /// Whether `key` may be one of the keys (never false for one of them).
    #[inline]
    pub fn may_contain(&self, key: &[u8]) -> bool {
        self.may_contain_mix(filter_mix(key))
    }

    /// [`KeyFilter::may_contain`] for a key whose [`filter_mix`] is `mix`: every filter reads
    /// its bit from the same mix, so a word asked of several filters is mixed once
    /// ([`crate::token::KeyedTokens::mix`]).
    #[inline]
    pub fn may_contain_mix(&self, mix: u64) -> bool {
        let bit = (mix >> (64 - self.size)) as usize;
        self.bits.get(bit / 64).is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }
}

/// The filter bit of a key in a filter of 2^`size` bits: the top bits of its mix.
#[inline]
fn filter_bit(key: &[u8], size: u32) -> usize {
    (filter_mix(key) >> (64 - size)) as usize
}

/// What every filter's bit is read from: a key's length and its first and last (up to)
/// eight bytes, mixed. A filter of 2^n bits takes the top n bits.
#[inline]
pub fn filter_mix(key: &[u8]) -> u64 {
    let (head, tail) = head_and_tail(key);
    (head.rotate_left(17) ^ tail ^ key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A key's first and last (up to) eight bytes as two words, the start of a cheap hash.
#[inline]
pub fn head_and_tail(key: &[u8]) -> (u64, u64) {
    if let (Some(head), Some(tail)) = (key.first_chunk::<8>(), key.last_chunk::<8>()) {
        return (u64::from_le_bytes(*head), u64::from_le_bytes(*tail));
    }
    // Shorter than eight bytes (most particles and prepositions, asked of every filter): the
    // first and last four bytes cover four to seven, the first, middle and last byte one to
    // three, so two such keys of one length read alike only if they are alike. Fixed-size
    // reads, where a loop over the bytes cost three instructions a byte.
    let short = match (key.first_chunk::<4>(), key.last_chunk::<4>()) {
        (Some(head), Some(tail)) => {
            u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32
        }
        _ => match (key.first(), key.get(key.len() / 2), key.last()) {
            (Some(&first), Some(&middle), Some(&last)) => {
                u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16
            }
            _ => 0,
        },
    };
    (short, short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_never_turns_away_one_of_its_keys() {
        let keys = ["", "ا", "احمد", "محمد", "عبدالرحمن", "ابو بكر البغدادي الطويل جدا", "x"];
        let filter = KeyFilter::new(keys);
        for key in keys {
            assert!(filter.may_contain(key.as_bytes()), "{key}");
        }
    }

    #[test]
    fn short_keys_of_one_length_read_alike_only_when_alike() {
        let keys =
            ["", "a", "b", "ab", "ba", "abc", "acb", "bac", "abcd", "abdc", "abcde", "abxde", "abcdef"];
        let more = ["abcdeg", "abcdefg", "abcxefg", "في", "من", "فى", "على", "علي", "الى", "ان", "انه"];
        let all: Vec<&str> = keys.iter().chain(more.iter()).copied().collect();
        for a in &all {
            for b in &all {
                let same = head_and_tail(a.as_bytes()) == head_and_tail(b.as_bytes()) && a.len() == b.len();
                assert_eq!(same, a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_filter_is_sized_to_its_keys() {
        let few = KeyFilter::new(["ما", "نحو", "زهاء"]);
        assert_eq!(few.bits.len() * 64, 256);
        let many: Vec<String> = (0..5000).map(|n| n.to_string()).collect();
        let filter = KeyFilter::new(&many);
        assert_eq!(filter.size, FILTER_BITS);
        assert!(many.iter().all(|key| filter.may_contain(key.as_bytes())));
        assert!(!KeyFilter::new(Vec::<&str>::new()).may_contain(b"x"));
    }
}
