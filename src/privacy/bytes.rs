//! Byte helpers shared by the number, postcode, IBAN, date and e-mail detectors. Every pattern
//! they look for is ASCII, so a range that starts and ends on an ASCII byte is a `str` range.

/// How many bytes around a finding are searched for a keyword such as "BSN" or "geboren".
const KEYWORD_WINDOW: usize = 30;

pub(super) fn is_digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Letters, digits or any non-ASCII byte (which may be part of a letter such as `é`).
pub(super) fn is_wordish(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

pub(super) fn digit_run(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

pub(super) fn digits_value(b: &[u8], i: usize, n: usize) -> u32 {
    b[i..i + n].iter().fold(0u32, |acc, &c| {
        acc.saturating_mul(10).saturating_add(u32::from(c - b'0'))
    })
}

/// May a number, IBAN or postcode start at `i`? Not inside a word or a longer number.
pub(super) fn starts_token(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = b[i - 1];
    if p.is_ascii_alphanumeric() || matches!(p, b'+' | b'@' | b'_' | b'&' | b'=' | b'#') {
        return false;
    }
    let joins_number = matches!(p, b'.' | b',' | b'-' | b'/' | b':');
    !(joins_number && i >= 2 && b[i - 2].is_ascii_digit())
}

/// Does a number end at `end`? Not followed by letters, more digits, a decimal part, a time
/// or (when `sep` is given) another group with the same separator.
pub(super) fn number_ends(b: &[u8], end: usize, sep: Option<u8>) -> bool {
    let Some(&c) = b.get(end) else {
        return true;
    };
    if c.is_ascii_alphanumeric() || matches!(c, b'@' | b'_') {
        return false;
    }
    let next_digit = is_digit_at(b, end + 1);
    if matches!(c, b'.' | b',' | b'-' | b'/' | b':') && next_digit {
        return false;
    }
    if c == b',' && b.get(end + 1) == Some(&b'-') {
        return false;
    }
    !(Some(c) == sep && next_digit)
}

/// Is the number at `i` an amount of money (`€ 123`, `EUR 123`)?
pub(super) fn preceded_by_money(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' && i - j < 2 {
        j -= 1;
    }
    let before = &b[..j];
    before.ends_with("€".as_bytes()) || before.ends_with(b"EUR") || before.ends_with(b"eur")
}

/// Is one of `words` (ASCII, lower case) near `start..end`, at the start of a word?
pub(super) fn keyword_near(b: &[u8], start: usize, end: usize, words: &[&str]) -> bool {
    let lo = start.saturating_sub(KEYWORD_WINDOW);
    let hi = end.saturating_add(KEYWORD_WINDOW).min(b.len());
    words.iter().any(|w| {
        let w = w.as_bytes();
        if hi < lo + w.len() {
            return false;
        }
        (lo..=hi - w.len()).any(|k| {
            (k == 0 || !b[k - 1].is_ascii_alphabetic()) && b[k..k + w.len()].eq_ignore_ascii_case(w)
        })
    })
}
