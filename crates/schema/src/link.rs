//! Which dataset URLs may be rendered as links: a check the widget makes when it shows a source,
//! not a validation rule (one bad link should not hide every figure).

/// `url` if it may be rendered as a link: an absolute `http:` or `https:` URL with no spaces or
/// control characters. Anything else (`javascript:`, `data:`, relative or protocol-relative
/// URLs, whitespace, control, zero-width or bidi-override characters) gives `None`, and the widget
/// shows the source's title as plain text instead of a link. Validation does not reject such a
/// dataset: one bad link should not hide every figure.
pub fn safe_link_url(url: &str) -> Option<&str> {
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
    if url
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || invisible(c))
    {
        return None;
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    // a host must follow
    match rest.chars().next() {
        Some(c) if c != '/' && c != '\\' => Some(url),
        _ => None,
    }
}
