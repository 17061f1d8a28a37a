//! The matcher's automaton in a compact table: aho-corasick's DFA, re-laid out.
//!
//! aho-corasick builds the automaton (trie, failure links, the full DFA); this module only
//! copies its transitions into a smaller table, because the scan over every article's text
//! is bound by cache misses, not by instructions. The crate's DFA keeps a 4-byte state id
//! per transition and rounds each state's row up to a power of two (64 entries for the 41
//! classes of the lexicon's alphabet): ~12 MB, far more than the L2 cache. Here a row has
//! exactly one entry per class and a state id takes as few bytes as the state count allows
//! (two for the lexicon's ~47,000 states): ~4 MB. States are numbered breadth first from the
//! start, so the shallow states a scan spends most of its steps in share cache lines, and
//! match states come last, so "is this a match" is one comparison.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, PatternID};
use std::collections::VecDeque;

/// A state id in the table: `u16` while the states fit, else `u32`.
pub trait Id: Copy {
    fn new(index: usize) -> Option<Self>;
    fn index(self) -> usize;
}

impl Id for u16 {
    #[inline]
    fn new(index: usize) -> Option<Self> {
        u16::try_from(index).ok()
    }
    #[inline]
    fn index(self) -> usize {
        usize::from(self)
    }
}

impl Id for u32 {
    #[inline]
    fn new(index: usize) -> Option<Self> {
        u32::try_from(index).ok()
    }
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}

/// A DFA over one-byte codes, with each code's class given by the caller.
#[derive(Debug, Clone)]
pub struct Dense<S> {
    /// `trans[state * stride + class]`: the next state.
    trans: Vec<S>,
    stride: usize,
    /// The class of each code.
    class: [u8; 256],
    start: S,
    /// States at or above this index are match states.
    first_match: usize,
    /// For match state `first_match + i`, its patterns: `matches[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    matches: Vec<PatternID>,
}

impl<S: Id> Dense<S> {
    /// The table of `dfa` (an unanchored DFA) for codes whose class is `class[code]`, each
    /// class below `classes` and `representative[class]` one code of it. None when the
    /// states do not fit in `S`.
    pub fn new(dfa: &DFA, class: [u8; 256], representative: &[u8]) -> Option<Self> {
        let start = dfa.start_state(Anchored::No).ok()?;
        let order = breadth_first(dfa, start, representative);
        // Match states last, each part in breadth-first order.
        let (plain, matching): (Vec<StateID>, Vec<StateID>) =
            order.into_iter().partition(|&sid| !dfa.is_match(sid));
        let first_match = plain.len();
        let numbered: Vec<StateID> = plain.into_iter().chain(matching).collect();
        let index_of: std::collections::HashMap<StateID, usize> =
            numbered.iter().enumerate().map(|(index, &sid)| (sid, index)).collect();
        S::new(numbered.len().saturating_sub(1))?;
        let stride = representative.len();
        let mut trans = Vec::with_capacity(numbered.len() * stride);
        for &sid in &numbered {
            for &code in representative {
                let next = index_of.get(&dfa.next_state(Anchored::No, sid, code)).copied()?;
                trans.push(S::new(next)?);
            }
        }
        let (mut starts, mut matches) = (vec![0], Vec::new());
        for &sid in &numbered[first_match..] {
            matches.extend((0..dfa.match_len(sid)).map(|index| dfa.match_pattern(sid, index)));
            starts.push(matches.len());
        }
        let start = S::new(*index_of.get(&start)?)?;
        Some(Dense { trans, stride, class, start, first_match, starts, matches })
    }

    /// The state after `state` reads `code`.
    #[inline]
    pub fn next(&self, state: S, code: u8) -> S {
        let class = usize::from(self.class[usize::from(code)]);
        // In bounds for every state the table hands out and every class below the stride.
        self.trans.get(state.index() * self.stride + class).copied().unwrap_or(state)
    }

    /// True when `state` ends a pattern.
    #[inline]
    pub fn is_match(&self, state: S) -> bool {
        state.index() >= self.first_match
    }

    /// The patterns match state `state` ends, in the order the DFA lists them.
    pub fn matches(&self, state: S) -> &[PatternID] {
        let Some(offset) = state.index().checked_sub(self.first_match) else { return &[] };
        let (Some(&from), Some(&to)) = (self.starts.get(offset), self.starts.get(offset + 1)) else {
            return &[];
        };
        self.matches.get(from..to).unwrap_or(&[])
    }
}

/// Streams a long text is cut into for [`Dense::match_ends`].
const STREAMS: usize = 4;

impl<S: Id> Dense<S> {
    /// Every position of `codes` where a pattern ends, with the match state there, in order.
    /// `longest` is the longest pattern, in codes.
    ///
    /// Each step waits for the load of the last one, and a state's row is often not in the
    /// cache: a scan is a chain of cache misses. So a long text is read as [`STREAMS`]
    /// stretches at once, stepped in turn, and their misses overlap. A stretch starts
    /// `longest` codes early, from the start state: an unanchored automaton's state is the
    /// longest pattern prefix the text read ends with, so by the stretch's first position it
    /// is the state a scan from the text's start would be in; matches found in that lead-in
    /// belong to the stretch before.
    pub fn match_ends(&self, codes: &[u8], longest: usize, ends: &mut Vec<(usize, S)>) {
        let part = codes.len() / STREAMS;
        if part <= longest * 2 {
            self.match_ends_in(codes, ends);
            return;
        }
        // Stretch k reports the ends in (bounds[k], bounds[k + 1]], read from froms[k].
        let bounds: [usize; STREAMS + 1] =
            std::array::from_fn(|k| if k == STREAMS { codes.len() } else { k * part });
        let froms: [usize; STREAMS] = std::array::from_fn(|k| bounds[k].saturating_sub(longest));
        let mut states = [self.start; STREAMS];
        let mut found: [Vec<(usize, S)>; STREAMS] = std::array::from_fn(|_| Vec::new());
        // The shortest stretch's length: every stream steps that many codes together.
        let together = (0..STREAMS).map(|k| bounds[k + 1] - froms[k]).min().unwrap_or(0);
        for step in 0..together {
            for k in 0..STREAMS {
                let at = froms[k] + step;
                let Some(&code) = codes.get(at) else { continue };
                states[k] = self.next(states[k], code);
                if self.is_match(states[k]) && at >= bounds[k] {
                    found[k].push((at + 1, states[k]));
                }
            }
        }
        for k in 0..STREAMS {
            let mut state = states[k];
            for at in froms[k] + together..bounds[k + 1] {
                let Some(&code) = codes.get(at) else { break };
                state = self.next(state, code);
                if self.is_match(state) && at >= bounds[k] {
                    found[k].push((at + 1, state));
                }
            }
            ends.append(&mut found[k]);
        }
    }

    /// [`Dense::match_ends`] in one stream.
    fn match_ends_in(&self, codes: &[u8], ends: &mut Vec<(usize, S)>) {
        let mut state = self.start;
        for (at, &code) in codes.iter().enumerate() {
            state = self.next(state, code);
            if self.is_match(state) {
                ends.push((at + 1, state));
            }
        }
    }
}

/// Every state reachable from `start`, breadth first.
fn breadth_first(dfa: &DFA, start: StateID, representative: &[u8]) -> Vec<StateID> {
    let mut seen = std::collections::HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    let mut order = Vec::new();
    while let Some(sid) = queue.pop_front() {
        order.push(sid);
        for &code in representative {
            let next = dfa.next_state(Anchored::No, sid, code);
            if seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::automaton::Automaton;
    use aho_corasick::{MatchKind, StartKind};

    /// Codes 1 to 4 in patterns of up to five codes; code 0 in none.
    fn table() -> (DFA, Dense<u16>) {
        let patterns: [&[u8]; 5] = [&[1, 2], &[2, 3, 4], &[1, 2, 3, 4, 1], &[4], &[3, 3, 3]];
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .build(patterns)
            .unwrap();
        let mut class = [0u8; 256];
        for code in 1..=4u8 {
            class[usize::from(code)] = code;
        }
        let dense = Dense::new(&dfa, class, &[0, 1, 2, 3, 4]).unwrap();
        (dfa, dense)
    }

    #[test]
    fn stretches_find_what_one_scan_of_the_crate_s_dfa_finds() {
        let (dfa, dense) = table();
        // A pseudo-random text over the five codes, a few hundred long.
        let codes: Vec<u8> = (0u32..700).map(|i| ((i * 7 + i / 3 + i * i / 11) % 5) as u8).collect();
        for len in [0, 1, 5, 17, 300, 700] {
            let text = &codes[..len];
            let mut ends = Vec::new();
            dense.match_ends(text, 5, &mut ends);
            let found: Vec<(usize, Vec<PatternID>)> =
                ends.iter().map(|&(end, state)| (end, dense.matches(state).to_vec())).collect();
            let mut expected = Vec::new();
            let mut state = dfa.start_state(Anchored::No).unwrap();
            for (at, &code) in text.iter().enumerate() {
                state = dfa.next_state(Anchored::No, state, code);
                if dfa.is_match(state) {
                    let ids = (0..dfa.match_len(state)).map(|i| dfa.match_pattern(state, i)).collect();
                    expected.push((at + 1, ids));
                }
            }
            assert_eq!(found, expected, "{len}");
        }
    }
}
