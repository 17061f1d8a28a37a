//! Publication dates: whatever the input wrote, reduced to `YYYY-MM-DD`.

/// The calendar date at the start of `value` (`2018-02-18T17:35:43Z`, `2018-02-18 10:00`,
/// `2018/02/18`), as `YYYY-MM-DD`; `None` when it does not start with a real date.
///
/// A time zone is not applied: the date the outlet wrote is the date it published on.
pub(crate) fn normalise_date(value: &str) -> Option<String> {
    let value = value.trim();
    let date = value.get(..10).filter(|date| date.is_ascii())?;
    let rest = &value[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let bytes = date.as_bytes();
    let separator = bytes[4];
    if !matches!(separator, b'-' | b'/') || bytes[7] != separator {
        return None;
    }
    let year = number(&date[..4])?;
    let month = number(&date[5..7])?;
    let day = number(&date[8..10])?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// A date written more loosely (TREC `<DATE>` fields, document ids): `YYYY-MM-DD` at the start,
/// else the first `YYYYMMDD` or `YYYY-MM-DD` standing alone among the digits of `value`
/// (`AFA_ARB_20010521.0001`, `20010521`, `Date: 2001-05-21`).
pub(crate) fn loose_date(value: &str) -> Option<String> {
    if let Some(date) = normalise_date(value) {
        return Some(date);
    }
    let bytes = value.as_bytes();
    (0..bytes.len()).find_map(|start| {
        let before_is_digit = start > 0 && bytes[start - 1].is_ascii_digit();
        if before_is_digit {
            return None;
        }
        let dashed = value.get(start..start + 10).and_then(normalise_date);
        dashed.or_else(|| compact_date(value.get(start..start + 8)?, bytes.get(start + 8)))
    })
}

/// `YYYYMMDD` not followed by another digit, as `YYYY-MM-DD`.
fn compact_date(digits: &str, next: Option<&u8>) -> Option<String> {
    if next.is_some_and(u8::is_ascii_digit) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    normalise_date(&format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]))
}

/// A field of ASCII digits only (`parse` would also take a sign).
fn number(digits: &str) -> Option<u32> {
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

// `is_multiple_of` is newer than the workspace's minimum Rust (1.80).
#[allow(clippy::manual_is_multiple_of)]
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::normalise_date;

    #[test]
    fn common_shapes_keep_their_date() {
        for value in [
            "2018-02-18T17:35:43Z",
            "2018-02-18 10:00",
            "2018-02-18",
            " 2018/02/18 ",
            "2018-02-18t10:00+03:00",
        ] {
            assert_eq!(normalise_date(value).as_deref(), Some("2018-02-18"), "{value}");
        }
    }

    #[test]
    fn loose_dates_are_found_in_ids_and_fields() {
        use super::loose_date;
        assert_eq!(loose_date("AFA_ARB_20010521.0001").as_deref(), Some("2001-05-21"));
        assert_eq!(loose_date(" 20010521 ").as_deref(), Some("2001-05-21"));
        assert_eq!(loose_date("Date: 2001-05-21 10:00").as_deref(), Some("2001-05-21"));
        assert_eq!(loose_date("120010521"), None);
        assert_eq!(loose_date("20011321"), None);
        assert_eq!(loose_date("no date"), None);
    }

    #[test]
    fn non_dates_are_refused() {
        for value in [
            "",
            "yesterday",
            "18-02-2018",
            "2018-02-30",
            "2019-02-29",
            "2018-13-01",
            "2018-02-18x",
            "2018-2-18",
            "+018-02-18",
            "٢٠١٨-٠٢-١٨",
            "2018-02/18",
            "é018-02-18",
            "20é8-02-1",
        ] {
            assert_eq!(normalise_date(value), None, "{value}");
        }
        assert_eq!(normalise_date("2020-02-29").as_deref(), Some("2020-02-29"));
    }
}
