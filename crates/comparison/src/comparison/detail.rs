//! A cell that is a list rather than a figure (tasks, related occupations): the first items
//! shown, the rest behind a disclosure, grouped by O*NET occupation where a profession has
//! several.

/// A list in a cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    /// Shown at once.
    pub shown: Vec<Group>,
    /// Behind a disclosure labelled `more`.
    pub hidden: Vec<Group>,
    /// The disclosure's label, e.g. "Show all 14 tasks"; empty when nothing is hidden.
    pub more: String,
}

/// Items under one heading (an O*NET occupation's title, where a profession has several).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Group {
    pub heading: Option<String>,
    pub items: Vec<Item>,
}

/// One entry of a list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub text: String,
    /// A marker shown with the entry, e.g. "Emerging".
    pub tag: Option<&'static str>,
    /// Figures beside the entry, e.g. "median $79,160 a year, +2.6% projected".
    pub figures: Option<String>,
    /// A profession the entry can put into the comparison (its code).
    pub compare: Option<String>,
}

impl Detail {
    /// `groups` with their first `visible` items (counted across groups) shown and the rest
    /// behind a disclosure labelled by `more(total)`. A group split by the disclosure keeps
    /// its heading on both sides.
    pub(crate) fn split(
        groups: Vec<Group>,
        visible: usize,
        more: impl Fn(usize) -> String,
    ) -> Detail {
        let total: usize = groups.iter().map(|g| g.items.len()).sum();
        let mut left = visible;
        let (mut shown, mut hidden) = (Vec::new(), Vec::new());
        for mut g in groups {
            let keep = left.min(g.items.len());
            left -= keep;
            let rest = g.items.split_off(keep);
            if !rest.is_empty() {
                hidden.push(Group {
                    heading: g.heading.clone(),
                    items: rest,
                });
            }
            if !g.items.is_empty() {
                shown.push(g);
            }
        }
        Detail {
            more: if hidden.is_empty() {
                String::new()
            } else {
                more(total)
            },
            shown,
            hidden,
        }
    }

    /// Every item, shown and hidden, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.shown.iter().chain(&self.hidden).flat_map(|g| &g.items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(heading: &str, n: usize) -> Group {
        Group {
            heading: Some(heading.into()),
            items: (0..n)
                .map(|i| Item {
                    text: format!("{heading} {i}"),
                    ..Default::default()
                })
                .collect(),
        }
    }

    #[test]
    fn the_first_items_show_and_the_rest_wait_behind_the_disclosure() {
        let d = Detail::split(vec![group("a", 4), group("b", 5)], 6, |n| {
            format!("Show all {n}")
        });
        assert_eq!(d.more, "Show all 9");
        assert_eq!(d.shown.len(), 2);
        assert_eq!(d.shown[1].items.len(), 2);
        assert_eq!(d.hidden.len(), 1);
        assert_eq!(d.hidden[0].heading.as_deref(), Some("b"));
        assert_eq!(d.hidden[0].items[0].text, "b 2");
        assert_eq!(d.items().count(), 9);
        let d = Detail::split(vec![group("a", 3)], 6, |n| format!("Show all {n}"));
        assert!(d.hidden.is_empty() && d.more.is_empty());
        let d = Detail::split(vec![group("a", 3)], 0, |n| format!("Show {n}"));
        assert!(d.shown.is_empty());
        assert_eq!(d.more, "Show 3");
    }
}
