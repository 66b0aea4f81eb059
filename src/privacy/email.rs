//! E-mail addresses.

use super::finding::{push, Finding, IdentifierKind, Strength};

fn is_local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

pub(super) fn scan_emails(b: &[u8], out: &mut Vec<Finding>) {
    for (at, _) in b.iter().enumerate().filter(|(_, &c)| c == b'@') {
        let mut s = at;
        while s > 0 && is_local_byte(b[s - 1]) {
            s -= 1;
        }
        while s < at && b[s] == b'.' {
            s += 1;
        }
        if s == at {
            continue;
        }
        let mut e = at + 1;
        while e < b.len() && is_domain_byte(b[e]) {
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &b[at + 1..e];
        let mut labels = domain.split(|&c| c == b'.');
        let all_nonempty = domain.split(|&c| c == b'.').all(|l| !l.is_empty());
        let tld_ok = labels
            .next_back()
            .is_some_and(|t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic));
        if domain.contains(&b'.') && all_nonempty && tld_ok {
            push(out, IdentifierKind::Email, Strength::Sterk, s, e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{one, scan};
    use super::super::{IdentifierKind, Strength};

    #[test]
    fn emails() {
        assert_eq!(
            one("mail naar j.jansen+school@voorbeeld.nl."),
            (
                IdentifierKind::Email,
                Strength::Sterk,
                "j.jansen+school@voorbeeld.nl".into()
            )
        );
        // The name inside the address is not reported separately.
        assert_eq!(one("Emma.de.Vries@mail.com").0, IdentifierKind::Email);
        assert!(scan("@school").is_empty());
        assert!(scan("a@b").is_empty());
        assert!(scan("x@y.1").is_empty());
        assert!(scan("iemand@.nl").is_empty());
    }
}
