//! Gzip read transparently, with guards against decompression bombs.
//!
//! A small `.gz` can expand to terabytes. Every gzip input is read through [`GuardedGz`],
//! which stops with a [`GzLimit`] error when a file expands past a total cap or, once it has
//! produced a fair amount, at a ratio that real text never reaches (news text gzips about
//! 3–10 : 1, HTML about 5–20 : 1; a bomb of zeros about 1,000 : 1).

use std::io::{self, Read};

use flate2::read::MultiGzDecoder;

use crate::problem::ProblemKind;

/// Default cap on the bytes one `.gz` file may expand to: 1 GiB.
pub const MAX_DECOMPRESSED_BYTES: u64 = 1 << 30;

/// Expansion ratio above which a `.gz` is taken for a bomb.
const MAX_RATIO: u64 = 100;

/// Output below which the ratio is not judged: a small, very repetitive file is harmless.
const RATIO_GRACE_BYTES: u64 = 32 << 20;

/// Why a `.gz` was not read to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GzLimit {
    #[error("gzip expands past {}; not read further", crate::problem::size(*limit))]
    TooLarge { limit: u64 },
    #[error("gzip expands more than {MAX_RATIO} times ({compressed} bytes gave {decompressed}); looks like a decompression bomb")]
    Bomb { compressed: u64, decompressed: u64 },
}

/// The [`GzLimit`] inside an I/O error, when the error came from the guard.
pub(crate) fn gz_limit_of(error: &io::Error) -> Option<GzLimit> {
    error.get_ref()?.downcast_ref::<GzLimit>().copied()
}

/// What a read error means for the file: a guard's limit, or a broken stream.
pub(crate) fn read_failure(error: &io::Error, gzip: bool) -> ProblemKind {
    if let Some(limit) = gz_limit_of(error) {
        return ProblemKind::Decompression(limit);
    }
    let reason = if gzip {
        format!("gzip data is truncated or corrupt ({error})")
    } else {
        format!("read error ({error})")
    };
    ProblemKind::StreamBroken { reason }
}

/// A gzip stream (all members) whose output is capped in size and in expansion ratio.
pub(crate) struct GuardedGz<R> {
    decoder: MultiGzDecoder<Counting<R>>,
    produced: u64,
    limit: u64,
}

impl<R: Read> GuardedGz<R> {
    pub(crate) fn new(input: R, limit: u64) -> Self {
        GuardedGz { decoder: MultiGzDecoder::new(Counting { inner: input, count: 0 }), produced: 0, limit }
    }

    fn check(&self) -> Result<(), GzLimit> {
        if self.produced > self.limit {
            return Err(GzLimit::TooLarge { limit: self.limit });
        }
        let compressed = self.decoder.get_ref().count.max(1);
        if self.produced > RATIO_GRACE_BYTES && self.produced / compressed > MAX_RATIO {
            return Err(GzLimit::Bomb { compressed, decompressed: self.produced });
        }
        Ok(())
    }
}

impl<R: Read> Read for GuardedGz<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.decoder.read(buf)?;
        self.produced += read as u64;
        self.check().map_err(|limit| io::Error::new(io::ErrorKind::InvalidData, limit))?;
        Ok(read)
    }
}

/// Counts the bytes read through it (the compressed size consumed so far).
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.count += read as u64;
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn ordinary_text_passes() {
        let text = "قصف مدفعي على أطراف المدينة.\n".repeat(1000);
        let mut out = String::new();
        GuardedGz::new(&gzip(text.as_bytes())[..], 1 << 20).read_to_string(&mut out).unwrap();
        assert_eq!(out, text);
    }

    #[test]
    fn a_bomb_is_stopped_by_its_ratio() {
        // 64 members of 1 MiB of zeros each: 64 MiB from about 64 KiB.
        let member = gzip(&vec![0u8; 1 << 20]);
        let bomb: Vec<u8> = (0..64).flat_map(|_| member.iter().copied()).collect();
        let error = io::copy(&mut GuardedGz::new(&bomb[..], u64::MAX), &mut io::sink()).unwrap_err();
        assert!(matches!(gz_limit_of(&error), Some(GzLimit::Bomb { .. })), "{error}");
    }

    #[test]
    fn output_past_the_cap_is_refused() {
        let error =
            io::copy(&mut GuardedGz::new(&gzip(&[b'a'; 5000])[..], 4096), &mut io::sink()).unwrap_err();
        assert_eq!(gz_limit_of(&error), Some(GzLimit::TooLarge { limit: 4096 }));
    }
}
