//! Finding a near-duplicate among the SimHashes seen so far, without comparing with each.
//!
//! The 64 bits are cut into [`BANDS`] bands of eight bits. Two hashes within
//! [`MAX_NEAR_DISTANCE`] bits differ in at most that many bands, so with one band more than
//! that they agree on at least one whole band (the pigeonhole principle): only the hashes
//! that share a band with the new one are compared.

use std::collections::HashMap;

/// The largest Hamming distance between two SimHashes of texts taken as near-duplicates.
/// On the ANT corpus (`examples/near_distances.rs`), copies of one text with a word or a
/// sentence changed sit within it; from 6 bits on, most pairs are the same event written anew
/// by another outlet (a story to cluster, not a copy to group), and most articles sit at
/// 14–19 bits from their nearest neighbour.
pub const MAX_NEAR_DISTANCE: u32 = 5;

const BANDS: usize = 8;
const BAND_BITS: u32 = 64 / BANDS as u32;

/// The SimHashes of a corpus, each with the key of its article.
#[derive(Debug, Default, Clone)]
pub struct NearDuplicates {
    /// (band index, band value) → positions in `entries`.
    buckets: HashMap<(u8, u8), Vec<u32>>,
    entries: Vec<(u64, u64)>,
}

impl NearDuplicates {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Remembers the article `key` with `simhash`.
    pub fn insert(&mut self, key: u64, simhash: u64) {
        let position = self.entries.len() as u32;
        self.entries.push((key, simhash));
        for band in 0..BANDS {
            self.buckets.entry(band_of(simhash, band)).or_default().push(position);
        }
    }

    /// The key of the closest remembered article within [`MAX_NEAR_DISTANCE`] bits, the
    /// earliest one on a tie, and its distance.
    pub fn nearest(&self, simhash: u64) -> Option<(u64, u32)> {
        let mut best: Option<(u32, u32)> = None; // (distance, position)
        for band in 0..BANDS {
            let Some(positions) = self.buckets.get(&band_of(simhash, band)) else { continue };
            for &position in positions {
                let distance = (self.entries[position as usize].1 ^ simhash).count_ones();
                if distance <= MAX_NEAR_DISTANCE && best.is_none_or(|found| (distance, position) < found) {
                    best = Some((distance, position));
                }
            }
        }
        best.map(|(distance, position)| (self.entries[position as usize].0, distance))
    }
}

fn band_of(simhash: u64, band: usize) -> (u8, u8) {
    (band as u8, (simhash >> (band as u32 * BAND_BITS)) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_the_closest_within_the_limit() {
        let mut near = NearDuplicates::new();
        near.insert(10, 0);
        near.insert(11, 0b111);
        near.insert(12, u64::MAX);
        assert_eq!(near.nearest(0b1), Some((10, 1)));
        assert_eq!(near.nearest(0b110), Some((11, 1)));
        assert_eq!(near.nearest(0xFF00_FF00), None);
    }

    #[test]
    fn ties_go_to_the_earliest() {
        let mut near = NearDuplicates::new();
        near.insert(1, 0b01);
        near.insert(2, 0b10);
        assert_eq!(near.nearest(0), Some((1, 1)));
    }

    proptest! {
        #[test]
        fn every_hash_within_the_limit_is_found(base: u64, flips in proptest::collection::vec(0u32..64, 0..=MAX_NEAR_DISTANCE as usize)) {
            let mut near = NearDuplicates::new();
            near.insert(7, base);
            let moved = flips.iter().fold(base, |hash, bit| hash ^ 1 << bit);
            prop_assert_eq!(near.nearest(moved).map(|(key, _)| key), Some(7));
        }
    }
}
