//! The first bytes of an input, read ahead to judge it, then put back in front of the rest.
//!
//! A read error met while reading ahead (a `.gz` broken in its first block) is kept and
//! replayed after the bytes that did arrive, so it is reported at the line where it happened.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use crate::decode::{strip_utf8_bom, SNIFF_BYTES, UTF8_BOM};

/// A boxed input; `Send` so that [`crate::Inputs`] can move to another thread.
pub(crate) type Input = Box<dyn Read + Send>;

/// Buffer size for line reading: large enough that one read covers most articles.
const BUFFER_BYTES: usize = 256 * 1024;

/// An input's first bytes, then the rest of it.
pub(crate) struct Head {
    pub bytes: Vec<u8>,
    error: Option<io::Error>,
    rest: Input,
}

impl Head {
    /// Reads up to [`SNIFF_BYTES`] from `input`.
    pub(crate) fn read(mut input: Input) -> Head {
        let mut bytes = Vec::with_capacity(SNIFF_BYTES);
        // `read_to_end` keeps the bytes it got before an error: they are still good lines.
        let error = (&mut input).take(SNIFF_BYTES as u64).read_to_end(&mut bytes).err();
        Head { bytes, error, rest: input }
    }

    /// The first byte that is not ASCII whitespace, after a UTF-8 BOM, if the head has one.
    pub(crate) fn first_non_blank(&self) -> Option<u8> {
        let bytes = self.bytes.strip_prefix(UTF8_BOM).unwrap_or(&self.bytes);
        bytes.iter().copied().find(|b| !b.is_ascii_whitespace())
    }

    /// True when the whole input was read and held nothing but whitespace.
    pub(crate) fn is_blank_input(&self) -> bool {
        self.error.is_none() && self.bytes.len() < SNIFF_BYTES && self.first_non_blank().is_none()
    }

    /// The read error met while reading ahead: the input ended there.
    pub(crate) fn take_error(&mut self) -> Option<io::Error> {
        self.error.take()
    }

    /// The whole input again without its UTF-8 BOM, buffered for reading lines.
    pub(crate) fn into_lines(mut self) -> Box<dyn BufRead + Send> {
        strip_utf8_bom(&mut self.bytes);
        let head = Cursor::new(self.bytes);
        let tail: Input = match self.error {
            Some(error) => Box::new(Replay(Some(error))),
            None => self.rest,
        };
        Box::new(BufReader::with_capacity(BUFFER_BYTES, head.chain(tail)))
    }

    /// The head as read (BOM included) and the rest of the input, for reading whole.
    pub(crate) fn into_parts(self) -> (Vec<u8>, Input) {
        (self.bytes, self.rest)
    }
}

/// Returns a saved error once, then reports the end of input.
struct Replay(Option<io::Error>);

impl Read for Replay {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives some bytes, then fails.
    struct Broken(Option<Vec<u8>>);

    impl Read for Broken {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.0.take() {
                Some(bytes) => {
                    buf[..bytes.len()].copy_from_slice(&bytes);
                    Ok(bytes.len())
                }
                None => Err(io::Error::new(io::ErrorKind::UnexpectedEof, "cut")),
            }
        }
    }

    #[test]
    fn an_early_error_comes_back_after_the_good_bytes() {
        let head = Head::read(Box::new(Broken(Some(b"\xEF\xBB\xBFone\ntw".to_vec()))));
        assert_eq!(head.first_non_blank(), Some(b'o'));
        assert!(!head.is_blank_input());
        let mut lines = head.into_lines();
        let mut line = Vec::new();
        lines.read_until(b'\n', &mut line).unwrap();
        assert_eq!(line, b"one\n");
        line.clear();
        assert!(lines.read_until(b'\n', &mut line).is_err());
    }

    #[test]
    fn blank_inputs_are_recognised() {
        let head = Head::read(Box::new(Cursor::new(b" \n\r\n".to_vec())));
        assert!(head.is_blank_input());
    }
}
