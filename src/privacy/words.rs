//! Words: runs of letters with their byte range, found on `char` boundaries. Names and street
//! addresses are looked for among them.

/// Words longer than this (in bytes) are never a name or a street.
const MAX_WORD: usize = 40;

/// One run of letters in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
    /// Starts with a capital and has no other capital ("Daan", not "DAAN" or "daan"), and is
    /// not longer than [`MAX_WORD`].
    pub capitalised: bool,
}

/// Every run of letters in `text`, in order.
pub(super) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !c.is_alphabetic() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut capitalised = c.is_uppercase();
        while let Some(&(k, d)) = iter.peek() {
            if !d.is_alphabetic() {
                break;
            }
            if d.is_uppercase() {
                capitalised = false;
            }
            end = k + d.len_utf8();
            iter.next();
        }
        out.push(Word {
            start,
            end,
            capitalised: capitalised && end - start <= MAX_WORD,
        });
    }
    out
}

/// Does the word at `word_start` start a sentence (or a line, a list item or a quote), where
/// any word is capitalised?
pub(super) fn sentence_initial(text: &str, word_start: usize) -> bool {
    for c in text[..word_start].chars().rev() {
        if matches!(c, ' ' | '\t' | '\u{a0}') {
            continue;
        }
        return matches!(
            c,
            '\n' | '\r'
                | '.'
                | '!'
                | '?'
                | ':'
                | ';'
                | '"'
                | '\''
                | '('
                | '-'
                | '*'
                | '•'
                | '–'
                | '—'
                | '“'
                | '‘'
                | '„'
        );
    }
    true
}
