//! Reading lines of bounded length from a byte stream: a line over the limit is passed over
//! to its end without being kept, so one bad line never fills memory. Shared by the article
//! reader and by `marsad export`'s record reader.

use std::io::{self, BufRead, Read};

/// What [`read_bounded_line`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundedLine {
    /// A line (with its newline, if it had one) was appended to the buffer.
    Read,
    /// The line was longer than the limit: passed over to its end, the buffer holds a part.
    TooLong,
    /// The input is exhausted.
    End,
}

/// Appends the next line, with its newline, to `line`, unless it is longer than `limit` bytes.
pub fn read_bounded_line(input: &mut dyn BufRead, line: &mut Vec<u8>, limit: u64) -> io::Result<BoundedLine> {
    // One byte over the limit tells a line of exactly `limit` bytes from a longer one.
    if (&mut *input).take(limit + 1).read_until(b'\n', line)? == 0 {
        return Ok(BoundedLine::End);
    }
    let content = line.strip_suffix(b"\n").unwrap_or(line);
    if content.len() as u64 <= limit {
        return Ok(BoundedLine::Read);
    }
    if !line.ends_with(b"\n") {
        skip_rest_of_line(input)?;
    }
    Ok(BoundedLine::TooLong)
}

/// Consumes input up to and including the next newline, without keeping it.
fn skip_rest_of_line(input: &mut dyn BufRead) -> io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(newline) => {
                input.consume(newline + 1);
                return Ok(());
            }
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn lines_over_the_limit_are_passed_over() {
        let mut input = Cursor::new(b"short\nmuch too long\nlast".to_vec());
        let mut lines = Vec::new();
        loop {
            let mut line = Vec::new();
            match read_bounded_line(&mut input, &mut line, 5).unwrap() {
                BoundedLine::End => break,
                found => lines.push((found, String::from_utf8(line).unwrap())),
            }
        }
        assert_eq!(lines[0], (BoundedLine::Read, "short\n".into()));
        assert_eq!(lines[1].0, BoundedLine::TooLong);
        assert_eq!(lines[2], (BoundedLine::Read, "last".into()));
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_read() {
        let mut input = Cursor::new(b"12345\n".to_vec());
        let mut line = Vec::new();
        assert_eq!(read_bounded_line(&mut input, &mut line, 5).unwrap(), BoundedLine::Read);
        assert_eq!(line, b"12345\n");
    }
}
