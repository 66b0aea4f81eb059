//! The columns of the signal list on a wide screen: the life domains of a group split into at
//! most three runs in content order, the longest run as short as possible. The split depends
//! only on the content and the age band, never on what is ticked, so a domain never moves
//! sideways when a ticked signal opens its details (the column it is in grows instead).

use crate::content::{Signal, SignalDomain};
use std::ops::Range;

/// Characters of a signal's text on one line of a column (about 23rem at the body font).
const CHARS_PER_LINE: usize = 42;
/// The height of a domain's heading and the space around it, in quarter lines.
const HEADING: usize = 8;
/// The space between two signals, in quarter lines.
const GAP: usize = 1;

/// The estimated height of a domain in the list, in quarter lines: its heading and every
/// signal's text wrapped at [`CHARS_PER_LINE`] (a "kindcheck" tag counts as a word).
pub fn domain_weight(signals: &[&Signal]) -> usize {
    HEADING
        + signals
            .iter()
            .map(|s| {
                let chars = s.text.chars().count() + if s.kindcheck { 12 } else { 0 };
                4 * chars.div_ceil(CHARS_PER_LINE).max(1) + GAP
            })
            .sum::<usize>()
}

/// The domains of a group in at most `n` columns: runs of consecutive domains (as ranges of
/// `domains`), in order, none empty, together covering every domain.
pub fn columns(domains: &[(&SignalDomain, Vec<&Signal>)], n: usize) -> Vec<Range<usize>> {
    let weights: Vec<usize> = domains.iter().map(|(_, s)| domain_weight(s)).collect();
    balanced_runs(&weights, n)
}

/// Splits `weights` into at most `n` runs of consecutive items so that the heaviest run is as
/// light as possible; among those the one with the most even runs (least sum of squares), so
/// a light domain is not left alone in a column while another holds three; then the one with
/// the fuller columns first, as a reader fills columns from the left.
pub fn balanced_runs(weights: &[usize], n: usize) -> Vec<Range<usize>> {
    let k = weights.len();
    if k == 0 || n == 0 {
        return Vec::new();
    }
    // Every way to cut the list: at most n − 1 cuts in the k − 1 places between items (bit i:
    // a cut after item i). The lists are a handful of domains, so all cut sets are tried.
    let mut best = (usize::MAX, 0, 0, 0u64);
    for mask in 0u64..(1u64 << (k - 1)) {
        if mask.count_ones() as usize >= n {
            continue;
        }
        // (heaviest run, sum of squares, sum of run index × run weight)
        let (mut max, mut squares, mut later, mut run, mut sum) = (0, 0, 0, 0, 0);
        for (i, w) in weights.iter().enumerate() {
            sum += w;
            if i + 1 == k || mask & (1 << i) != 0 {
                max = max.max(sum);
                squares += sum * sum;
                later += run * sum;
                run += 1;
                sum = 0;
            }
        }
        if (max, squares, later) < (best.0, best.1, best.2) {
            best = (max, squares, later, mask);
        }
    }
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 0..k {
        if i + 1 == k || best.3 & (1 << i) != 0 {
            runs.push(start..i + 1);
            start = i + 1;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{catalogue, DomainGroup};
    use crate::model::AgeBand;
    use crate::rules::signals::by_domain;

    #[test]
    fn the_heaviest_run_is_as_light_as_possible() {
        assert_eq!(balanced_runs(&[12, 10, 3, 1], 3), vec![0..1, 1..2, 2..4]);
        // Equal heaviest run (7): the most even split, then the fuller column first.
        assert_eq!(
            balanced_runs(&[4, 3, 2, 2, 1, 4], 3),
            vec![0..2, 2..5, 5..6]
        );
        assert_eq!(balanced_runs(&[9, 1, 1, 1], 3), vec![0..1, 1..3, 3..4]);
    }

    #[test]
    fn fewer_domains_than_columns_take_one_column_each() {
        assert_eq!(balanced_runs(&[5, 7], 3), vec![0..1, 1..2]);
        assert_eq!(balanced_runs(&[5], 3), vec![0..1]);
        assert!(balanced_runs(&[], 3).is_empty());
        assert_eq!(balanced_runs(&[2, 3, 4], 1), vec![0..3]);
    }

    #[test]
    fn every_group_of_every_band_is_covered_in_order_without_empty_columns() {
        let cat = catalogue();
        for band in [AgeBand::Jong, AgeBand::Basisschool, AgeBand::Tiener] {
            let all = by_domain(band, cat);
            for g in [
                DomainGroup::Kind,
                DomainGroup::Ouders,
                DomainGroup::Leefomstandigheden,
            ] {
                let domains: Vec<_> = all.iter().filter(|(d, _)| d.group == g).cloned().collect();
                let runs = columns(&domains, 3);
                assert!(
                    !runs.is_empty() && runs.len() <= 3,
                    "{band:?} {g:?}: {runs:?}"
                );
                assert_eq!(runs[0].start, 0);
                assert_eq!(runs.last().map(|r| r.end), Some(domains.len()));
                for pair in runs.windows(2) {
                    assert_eq!(pair[0].end, pair[1].start, "{band:?} {g:?}: {runs:?}");
                }
                assert!(
                    runs.iter().all(|r| !r.is_empty()),
                    "{band:?} {g:?}: {runs:?}"
                );
                // Where there are three domains or more, all three columns are used.
                assert_eq!(runs.len(), domains.len().min(3), "{band:?} {g:?}: {runs:?}");
            }
        }
    }

    #[test]
    fn a_longer_text_weighs_more_and_a_domain_heading_counts() {
        let cat = catalogue();
        let short = cat
            .signals
            .signals
            .iter()
            .min_by_key(|s| s.text.len())
            .unwrap();
        let long = cat
            .signals
            .signals
            .iter()
            .max_by_key(|s| s.text.len())
            .unwrap();
        assert!(domain_weight(&[long]) > domain_weight(&[short]));
        assert!(domain_weight(&[short]) > domain_weight(&[]));
        assert_eq!(domain_weight(&[]), HEADING);
    }
}
