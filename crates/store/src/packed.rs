//! The analysis column's format since schema version 3: a record's sentences, mentions,
//! events and claims written field by field in a compact binary form, without JSON.
//!
//! Serialising JSON and compressing it took 4–5% of an ingest's instructions; this takes a
//! quarter of that and is a third smaller (ANT 3k: 3.0 MB against 4.7 MB), because what
//! made the JSON large is not stored:
//! - no field names: the fields come in the model's order;
//! - numbers as LEB128 varints (an offset takes two bytes), floats as their 8 bytes (exact);
//! - each string once per record: a string met again (a canonical name, an entry, a type)
//!   is a reference to the first.
//!
//! A string is a varint code: 0 none, `2i + 1` the `i`-th string of the record met before,
//! `2(n + 1)` a new string of `n` bytes that follow. (Leaving out a span's text, which is
//! the record text's characters `start..end`, made cells 28% smaller again but cost more to
//! check than all the rest: it needs each article's character offsets.)

use marsad_model::{Claim, Event, Mention, MentionInfo, Span};
use marsad_text::hash::KeyMap;

use crate::analysis::StoredAnalysis;

/// The first four bytes of a packed cell. A version-2 cell starts with its JSON's length,
/// which is never below 54 (`{"sentences":[],"mentions":[],"events":[],"claims":[]}`).
pub const MAGIC: [u8; 4] = [3, 0, 0, 0];

/// The analysis of a record, packed.
pub fn pack<'a>(analysis: &AnalysisParts<'a>) -> Vec<u8> {
    let mut packer = Packer { out: Vec::with_capacity(1024), strings: KeyMap::default() };
    packer.out.extend_from_slice(&MAGIC);
    packer.number(analysis.sentences.len());
    for [start, end] in analysis.sentences {
        packer.number(*start);
        packer.number(*end);
    }
    packer.number(analysis.mentions.len());
    analysis.mentions.iter().for_each(|mention| packer.mention(mention));
    packer.number(analysis.events.len());
    analysis.events.iter().for_each(|event| packer.event(event));
    packer.number(analysis.claims.len());
    analysis.claims.iter().for_each(|claim| packer.claim(claim));
    packer.out
}

/// What [`pack`] writes, borrowed from a record.
pub struct AnalysisParts<'a> {
    pub sentences: &'a [[usize; 2]],
    pub mentions: &'a [Mention],
    pub events: &'a [Event],
    pub claims: &'a [Claim],
}

/// The analysis of a packed cell (magic included); a message when it cannot be read.
pub fn unpack(bytes: &[u8]) -> Result<StoredAnalysis, String> {
    let body = bytes.strip_prefix(&MAGIC).ok_or("not a packed analysis")?;
    let mut reader = Unpacker { bytes: body, at: 0, strings: Vec::new() };
    let sentences = reader.list(|r| Ok([r.number()?, r.number()?]))?;
    let mentions = reader.list(Unpacker::mention)?;
    let events = reader.list(Unpacker::event)?;
    let claims = reader.list(Unpacker::claim)?;
    if reader.at != body.len() {
        return Err(format!("{} bytes left over in a packed analysis", body.len() - reader.at));
    }
    Ok(StoredAnalysis { sentences, mentions, events, claims })
}

struct Packer<'a> {
    out: Vec<u8>,
    /// Each string written so far → its number.
    strings: KeyMap<&'a str, usize>,
}

impl<'a> Packer<'a> {
    fn number(&mut self, value: usize) {
        self.varint(value as u64);
    }

    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.out.push(value as u8 | 0x80);
            value >>= 7;
        }
        self.out.push(value as u8);
    }

    fn string(&mut self, value: &'a str) {
        if let Some(&index) = self.strings.get(value) {
            self.number(2 * index + 1);
            return;
        }
        self.strings.insert(value, self.strings.len());
        self.number(2 * (value.len() + 1));
        self.out.extend_from_slice(value.as_bytes());
    }

    fn optional_string(&mut self, value: &'a Option<String>) {
        match value {
            Some(value) => self.string(value),
            None => self.number(0),
        }
    }

    fn span(&mut self, start: usize, end: usize, text: &'a str) {
        self.number(start);
        self.number(end);
        self.string(text);
    }

    /// `None` as 0, `Some(n)` as `n + 1`.
    fn optional_number(&mut self, value: Option<u64>) {
        self.varint(value.map_or(0, |n| n + 1));
    }

    fn optional_float(&mut self, value: Option<f64>) {
        match value {
            Some(value) => {
                self.out.push(1);
                self.out.extend_from_slice(&value.to_bits().to_le_bytes());
            }
            None => self.out.push(0),
        }
    }

    fn numbers(&mut self, values: &[usize]) {
        self.number(values.len());
        values.iter().for_each(|value| self.number(*value));
    }

    fn mention(&mut self, mention: &'a Mention) {
        self.number(mention.id);
        self.span(mention.start, mention.end, &mention.text);
        match &mention.info {
            MentionInfo::Actor { canonical, actor_type, entry, country } => {
                self.out.push(0);
                [canonical, actor_type, entry, country].into_iter().for_each(|s| self.optional_string(s));
            }
            MentionInfo::Place { canonical, lat, lon, scale, entry, country, admin1, region } => {
                self.out.push(1);
                self.optional_string(canonical);
                self.optional_float(*lat);
                self.optional_float(*lon);
                [scale, entry, country, admin1].into_iter().for_each(|s| self.optional_string(s));
                match region {
                    Some(region) => {
                        self.out.push(1);
                        self.span(region.start, region.end, &region.text);
                    }
                    None => self.out.push(0),
                }
            }
            MentionInfo::Date { value } => {
                self.out.push(2);
                self.string(value);
            }
            MentionInfo::Quantity { value, unit, approximate } => {
                self.out.push(3);
                self.out.extend_from_slice(&value.to_bits().to_le_bytes());
                self.optional_string(unit);
                self.out.push(u8::from(*approximate));
            }
        }
    }

    fn event(&mut self, event: &'a Event) {
        self.string(&event.event_type);
        self.optional_string(&event.mode);
        self.number(event.sentence);
        self.span(event.trigger.start, event.trigger.end, &event.trigger.text);
        for roles in [&event.actor, &event.target, &event.place] {
            self.numbers(roles);
        }
        self.optional_number(event.date.map(|n| n as u64));
        self.numbers(&event.claimed_by);
        self.out.push(u8::from(event.negated) | u8::from(event.hedged) << 1);
        self.optional_number(event.dead);
        self.optional_number(event.injured);
        self.optional_number(event.claim.map(|n| n as u64));
    }

    fn claim(&mut self, claim: &'a Claim) {
        self.number(claim.sentence);
        self.numbers(&claim.speaker);
        self.optional_string(&claim.speaker_text);
        self.span(claim.cue.start, claim.cue.end, &claim.cue.text);
        self.string(&claim.kind);
        self.number(claim.start);
        self.number(claim.end);
    }
}

struct Unpacker<'b> {
    bytes: &'b [u8],
    at: usize,
    /// The strings read so far, by number.
    strings: Vec<String>,
}

type Read<T> = Result<T, String>;

impl Unpacker<'_> {
    fn byte(&mut self) -> Read<u8> {
        let byte = *self.bytes.get(self.at).ok_or("packed analysis cut short")?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Read<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err("varint too long in a packed analysis".into())
    }

    fn number(&mut self) -> Read<usize> {
        usize::try_from(self.varint()?).map_err(|err| err.to_string())
    }

    fn bool(&mut self) -> Read<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(format!("{other} is not a flag")),
        }
    }

    fn float(&mut self) -> Read<f64> {
        let end = self.at + 8;
        let bytes = self.bytes.get(self.at..end).ok_or("packed analysis cut short")?;
        self.at = end;
        let mut word = [0u8; 8];
        word.copy_from_slice(bytes);
        Ok(f64::from_bits(u64::from_le_bytes(word)))
    }

    /// A string by its code; `None` for code 0.
    fn optional_string(&mut self) -> Read<Option<String>> {
        let code = self.number()?;
        if code == 0 {
            return Ok(None);
        }
        if code % 2 == 1 {
            let found = self.strings.get(code / 2).ok_or("a string referred to before it is written")?;
            return Ok(Some(found.clone()));
        }
        let length = code / 2 - 1;
        let end = self.at.checked_add(length).ok_or("string length overflows")?;
        let bytes = self.bytes.get(self.at..end).ok_or("packed analysis cut short")?;
        let value = std::str::from_utf8(bytes).map_err(|err| err.to_string())?.to_string();
        self.at = end;
        self.strings.push(value.clone());
        Ok(Some(value))
    }

    fn string(&mut self) -> Read<String> {
        self.optional_string()?.ok_or_else(|| "a string is missing".into())
    }

    fn optional_number(&mut self) -> Read<Option<u64>> {
        Ok(self.varint()?.checked_sub(1))
    }

    fn optional_index(&mut self) -> Read<Option<usize>> {
        self.optional_number()?.map(|n| usize::try_from(n).map_err(|err| err.to_string())).transpose()
    }

    fn optional_float(&mut self) -> Read<Option<f64>> {
        Ok(if self.bool()? { Some(self.float()?) } else { None })
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        let count = self.number()?;
        // Each item takes a byte at least: a larger count is corruption, not to be allocated.
        if count > self.bytes.len() - self.at {
            return Err(format!("{count} items claimed in a packed analysis"));
        }
        (0..count).map(|_| item(self)).collect()
    }

    fn numbers(&mut self) -> Read<Vec<usize>> {
        self.list(Unpacker::number)
    }

    fn span(&mut self) -> Read<Span> {
        Ok(Span { start: self.number()?, end: self.number()?, text: self.string()? })
    }

    fn mention(&mut self) -> Read<Mention> {
        let id = self.number()?;
        let Span { start, end, text } = self.span()?;
        let info = match self.byte()? {
            0 => MentionInfo::Actor {
                canonical: self.optional_string()?,
                actor_type: self.optional_string()?,
                entry: self.optional_string()?,
                country: self.optional_string()?,
            },
            1 => MentionInfo::Place {
                canonical: self.optional_string()?,
                lat: self.optional_float()?,
                lon: self.optional_float()?,
                scale: self.optional_string()?,
                entry: self.optional_string()?,
                country: self.optional_string()?,
                admin1: self.optional_string()?,
                region: if self.bool()? { Some(self.span()?) } else { None },
            },
            2 => MentionInfo::Date { value: self.string()? },
            3 => MentionInfo::Quantity {
                value: self.float()?,
                unit: self.optional_string()?,
                approximate: self.bool()?,
            },
            other => return Err(format!("mention kind {other} unknown")),
        };
        Ok(Mention { id, start, end, text, info })
    }

    fn event(&mut self) -> Read<Event> {
        let event_type = self.string()?;
        let mode = self.optional_string()?;
        let sentence = self.number()?;
        let trigger = self.span()?;
        let (actor, target, place) = (self.numbers()?, self.numbers()?, self.numbers()?);
        let date = self.optional_index()?;
        let claimed_by = self.numbers()?;
        let flags = self.byte()?;
        if flags > 3 {
            return Err(format!("event flags {flags} unknown"));
        }
        Ok(Event {
            event_type,
            mode,
            sentence,
            trigger,
            actor,
            target,
            place,
            date,
            claimed_by,
            negated: flags & 1 != 0,
            hedged: flags & 2 != 0,
            dead: self.optional_number()?,
            injured: self.optional_number()?,
            claim: self.optional_index()?,
        })
    }

    fn claim(&mut self) -> Read<Claim> {
        Ok(Claim {
            sentence: self.number()?,
            speaker: self.numbers()?,
            speaker_text: self.optional_string()?,
            cue: self.span()?,
            kind: self.string()?,
            start: self.number()?,
            end: self.number()?,
        })
    }
}
