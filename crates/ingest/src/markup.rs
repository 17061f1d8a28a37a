//! Small helpers for tag-based formats: finding tags whatever their case, telling what kind of
//! markup a file holds by its first element, and turning tagged text into plain lines.

/// What a file of markup holds, told by its first element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    /// TREC-style `<DOC>` documents.
    Trec,
    /// An RSS or Atom feed.
    Feed,
    Html,
}

/// The kind of markup `head` (a file's first bytes) starts with, after any XML declaration,
/// comments, processing instructions and doctype.
pub(crate) fn classify_markup(head: &[u8]) -> Option<Markup> {
    let mut rest = head;
    loop {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        rest = &rest[start..];
        if !rest.starts_with(b"<") {
            return None;
        }
        if starts_with_ci(rest, b"<!doctype html") {
            return Some(Markup::Html);
        }
        let skip = if rest.starts_with(b"<!--") {
            find(rest, b"-->")? + 3
        } else if rest.starts_with(b"<?") || rest.starts_with(b"<!") {
            find(rest, b">")? + 1
        } else {
            return markup_of_element(element_name(&rest[1..]));
        };
        rest = &rest[skip..];
    }
}

fn markup_of_element(name: &[u8]) -> Option<Markup> {
    let name = String::from_utf8_lossy(name).to_ascii_lowercase();
    match name.as_str() {
        "doc" | "docs" | "docstream" => Some(Markup::Trec),
        "rss" | "feed" | "rdf:rdf" => Some(Markup::Feed),
        "html" | "head" | "body" => Some(Markup::Html),
        _ => None,
    }
}

/// The name at the start of a tag, up to whitespace, `>` or `/`.
fn element_name(tag: &[u8]) -> &[u8] {
    let end =
        tag.iter().position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/')).unwrap_or(tag.len());
    &tag[..end]
}

/// The first bytes of markup, as a short quote for a message.
pub(crate) fn opening(head: &[u8]) -> String {
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start();
    let quoted: String = trimmed.chars().take(30).collect();
    format!("{quoted:?}")
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// Where `needle` (lowercase ASCII) first occurs in `haystack`, in any letter case.
pub(crate) fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The position of the start tag `<NAME>` or `<NAME attributes>` in any letter case.
pub(crate) fn find_start_tag(haystack: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = find_ci(&haystack[from..], &[b"<", name].concat()) {
        let at = from + found;
        match haystack.get(at + 1 + name.len()) {
            Some(b'>') | Some(b' ') | Some(b'\t') | Some(b'\r') | Some(b'\n') | None => return Some(at),
            _ => from = at + 1,
        }
    }
    None
}

/// The contents of every `<NAME …>…</NAME>` in `text`, in order (any letter case).
pub(crate) fn elements<'a>(text: &'a str, name: &str) -> Vec<&'a str> {
    let bytes = text.as_bytes();
    let close = format!("</{}>", name.to_ascii_lowercase());
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = find_start_tag(&bytes[from..], name.as_bytes()) {
        let start = from + start;
        let Some(open_end) = bytes[start..].iter().position(|&b| b == b'>') else { break };
        let content_start = start + open_end + 1;
        let Some(length) = find_ci(&bytes[content_start..], close.as_bytes()) else { break };
        found.push(&text[content_start..content_start + length]);
        from = content_start + length + close.len();
    }
    found
}

/// The value of `attribute` in the start tag at the beginning of `tag` (`<DOC id="X">`).
pub(crate) fn attribute<'a>(tag: &'a str, attribute: &str) -> Option<&'a str> {
    let end = tag.find('>')?;
    let tag = &tag[..end];
    let at = find_ci(tag.as_bytes(), format!(" {attribute}=").as_bytes())? + attribute.len() + 2;
    let value = &tag[at..];
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''));
    match quote {
        Some(q) => value[1..].split(q).next(),
        None => value.split(|c: char| c.is_whitespace() || c == '/').next(),
    }
}

/// Tagged text as plain lines: a paragraph (`<P>`, `<br>`) a line, other tags dropped,
/// entities decoded. Without paragraph tags, the lines are kept as written.
pub(crate) fn tagged_text_as_lines(text: &str) -> String {
    let has_paragraphs = find_start_tag(text.as_bytes(), b"p").is_some();
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        push_text(&mut line, &rest[..open], has_paragraphs);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let name = element_name(rest[open + 1..].trim_start_matches('/').as_bytes()).to_ascii_lowercase();
        if matches!(name.as_slice(), b"p" | b"br" | b"div" | b"li" | b"h1" | b"h2" | b"h3") {
            lines.push(std::mem::take(&mut line));
        }
        rest = &rest[open + close + 1..];
    }
    push_text(&mut line, rest, has_paragraphs);
    lines.push(line);
    let text = lines.join("\n");
    let decoded = decode_entities(&text);
    crate::html::paragraphs_as_lines(&decoded)
}

/// Adds text between tags to the current line; inside paragraph tags its own line breaks are
/// only wrapping, so they become spaces.
fn push_text(line: &mut String, text: &str, joined: bool) {
    if joined {
        let words: Vec<&str> = text.split_whitespace().collect();
        if !words.is_empty() {
            if text.starts_with(char::is_whitespace) && !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&words.join(" "));
            if text.ends_with(char::is_whitespace) {
                line.push(' ');
            }
        }
    } else {
        line.push_str(text);
    }
}

/// Text with the XML entities and numeric character references decoded.
pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded =
            rest.find(';').filter(|&end| end <= 10).and_then(|end| Some((entity(&rest[1..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_told_by_its_first_element() {
        assert_eq!(classify_markup(b"  <DOC>\n<DOCNO>x</DOCNO>"), Some(Markup::Trec));
        assert_eq!(
            classify_markup(b"<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"),
            Some(Markup::Feed)
        );
        assert_eq!(
            classify_markup(b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"),
            Some(Markup::Feed)
        );
        assert_eq!(classify_markup(b"<!DOCTYPE html><html>"), Some(Markup::Html));
        assert_eq!(classify_markup(b"<?xml version='1.0'?><catalog>"), None);
        assert_eq!(classify_markup(b"plain"), None);
    }

    #[test]
    fn elements_and_attributes_are_found_in_any_case() {
        let doc = "<DOC id=\"AFA_1\" type=story><docno> X1 </DOCNO><TEXT>a</TEXT><text>b</text><TEXTUAL>c</TEXTUAL></DOC>";
        assert_eq!(elements(doc, "docno"), [" X1 "]);
        assert_eq!(elements(doc, "text"), ["a", "b"]);
        assert_eq!(attribute(doc, "id"), Some("AFA_1"));
        assert_eq!(attribute(doc, "type"), Some("story"));
    }

    #[test]
    fn paragraphs_become_lines_and_entities_are_decoded() {
        let text = "\n<P>\nقال المتحدث إن\nالهدنة صامدة &amp; مستمرة.\n</P>\n<P>\nسطر &#1575;خر\n</P>\n";
        assert_eq!(tagged_text_as_lines(text), "قال المتحدث إن الهدنة صامدة & مستمرة.\nسطر اخر");
        assert_eq!(tagged_text_as_lines("سطر أول\n\n  سطر ثان  \n"), "سطر أول\nسطر ثان");
        assert_eq!(decode_entities("a &bogus; & b &#x41;"), "a &bogus; & b A");
    }
}
