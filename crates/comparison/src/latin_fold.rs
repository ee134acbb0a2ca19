//! Folding accented Latin letters to ASCII for search ("é" → "e", "ß" → "ss", "Œ" → "oe"),
//! generated from Unicode's canonical decompositions of U+00C0–U+024F plus the letters that
//! have none (ø, ł, đ, ß, æ, œ, þ and the like). Characters outside that range are kept,
//! Greek and Cyrillic capitals lowered ([`lower`]).

// Hand-written for the wasm size budget, as is `lower` (see docs/performance.md).

/// `c` in lower case for the Greek and Cyrillic capitals (the other scripts with case that a
/// title could be written in; Latin ones are folded by [`fold`]); any other character as it
/// is. A few lines rather than `char::to_lowercase`, whose Unicode tables weigh on the
/// widget's wasm.
pub fn lower(c: char) -> char {
    let shift = match c {
        '\u{0391}'..='\u{03a9}' if c != '\u{03a2}' => 0x20, // Α–Ω → α–ω
        '\u{0410}'..='\u{042f}' => 0x20,                    // А–Я → а–я
        '\u{0400}'..='\u{040f}' => 0x50,                    // Ѐ–Џ → ѐ–џ
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

/// The ASCII letters `c` folds to, or `None` when it is not a foldable Latin letter.
pub fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00c0}' | '\u{00c1}' | '\u{00c2}' | '\u{00c3}' | '\u{00c4}' | '\u{00c5}'
        | '\u{00e0}' | '\u{00e1}' | '\u{00e2}' | '\u{00e3}' | '\u{00e4}' | '\u{00e5}'
        | '\u{0100}' | '\u{0101}' | '\u{0102}' | '\u{0103}' | '\u{0104}' | '\u{0105}'
        | '\u{01cd}' | '\u{01ce}' | '\u{01de}' | '\u{01df}' | '\u{01e0}' | '\u{01e1}'
        | '\u{01fa}' | '\u{01fb}' | '\u{0200}' | '\u{0201}' | '\u{0202}' | '\u{0203}'
        | '\u{0226}' | '\u{0227}' | '\u{023a}' => "a",
        '\u{00c6}' | '\u{00e6}' => "ae",
        '\u{0180}' | '\u{0181}' | '\u{0243}' => "b",
        '\u{00c7}' | '\u{00e7}' | '\u{0106}' | '\u{0107}' | '\u{0108}' | '\u{0109}'
        | '\u{010a}' | '\u{010b}' | '\u{010c}' | '\u{010d}' | '\u{0187}' | '\u{0188}'
        | '\u{023b}' | '\u{023c}' => "c",
        '\u{00d0}' | '\u{00f0}' | '\u{010e}' | '\u{010f}' | '\u{0110}' | '\u{0111}'
        | '\u{018a}' => "d",
        '\u{01c4}' | '\u{01c5}' | '\u{01c6}' | '\u{01f1}' | '\u{01f2}' | '\u{01f3}' => "dz",
        '\u{00c8}' | '\u{00c9}' | '\u{00ca}' | '\u{00cb}' | '\u{00e8}' | '\u{00e9}'
        | '\u{00ea}' | '\u{00eb}' | '\u{0112}' | '\u{0113}' | '\u{0114}' | '\u{0115}'
        | '\u{0116}' | '\u{0117}' | '\u{0118}' | '\u{0119}' | '\u{011a}' | '\u{011b}'
        | '\u{0204}' | '\u{0205}' | '\u{0206}' | '\u{0207}' | '\u{0228}' | '\u{0229}'
        | '\u{0246}' | '\u{0247}' => "e",
        '\u{0191}' | '\u{0192}' => "f",
        '\u{011c}' | '\u{011d}' | '\u{011e}' | '\u{011f}' | '\u{0120}' | '\u{0121}'
        | '\u{0122}' | '\u{0123}' | '\u{0193}' | '\u{01e4}' | '\u{01e5}' | '\u{01e6}'
        | '\u{01e7}' | '\u{01f4}' | '\u{01f5}' => "g",
        '\u{0124}' | '\u{0125}' | '\u{0126}' | '\u{0127}' | '\u{021e}' | '\u{021f}' => "h",
        '\u{00cc}' | '\u{00cd}' | '\u{00ce}' | '\u{00cf}' | '\u{00ec}' | '\u{00ed}'
        | '\u{00ee}' | '\u{00ef}' | '\u{0128}' | '\u{0129}' | '\u{012a}' | '\u{012b}'
        | '\u{012c}' | '\u{012d}' | '\u{012e}' | '\u{012f}' | '\u{0130}' | '\u{0131}'
        | '\u{0197}' | '\u{01cf}' | '\u{01d0}' | '\u{0208}' | '\u{0209}' | '\u{020a}'
        | '\u{020b}' => "i",
        '\u{0132}' | '\u{0133}' => "ij",
        '\u{0134}' | '\u{0135}' | '\u{01f0}' | '\u{0237}' | '\u{0248}' | '\u{0249}' => "j",
        '\u{0136}' | '\u{0137}' | '\u{0138}' | '\u{0198}' | '\u{0199}' | '\u{01e8}'
        | '\u{01e9}' => "k",
        '\u{0139}' | '\u{013a}' | '\u{013b}' | '\u{013c}' | '\u{013d}' | '\u{013e}'
        | '\u{013f}' | '\u{0140}' | '\u{0141}' | '\u{0142}' | '\u{019a}' | '\u{0234}'
        | '\u{023d}' => "l",
        '\u{01c7}' | '\u{01c8}' | '\u{01c9}' => "lj",
        '\u{00d1}' | '\u{00f1}' | '\u{0143}' | '\u{0144}' | '\u{0145}' | '\u{0146}'
        | '\u{0147}' | '\u{0148}' | '\u{0149}' | '\u{014a}' | '\u{014b}' | '\u{019d}'
        | '\u{019e}' | '\u{01f8}' | '\u{01f9}' | '\u{0235}' => "n",
        '\u{01ca}' | '\u{01cb}' | '\u{01cc}' => "nj",
        '\u{00d2}' | '\u{00d3}' | '\u{00d4}' | '\u{00d5}' | '\u{00d6}' | '\u{00d8}'
        | '\u{00f2}' | '\u{00f3}' | '\u{00f4}' | '\u{00f5}' | '\u{00f6}' | '\u{00f8}'
        | '\u{014c}' | '\u{014d}' | '\u{014e}' | '\u{014f}' | '\u{0150}' | '\u{0151}'
        | '\u{01a0}' | '\u{01a1}' | '\u{01d1}' | '\u{01d2}' | '\u{01ea}' | '\u{01eb}'
        | '\u{01ec}' | '\u{01ed}' | '\u{020c}' | '\u{020d}' | '\u{020e}' | '\u{020f}'
        | '\u{022a}' | '\u{022b}' | '\u{022c}' | '\u{022d}' | '\u{022e}' | '\u{022f}'
        | '\u{0230}' | '\u{0231}' => "o",
        '\u{0152}' | '\u{0153}' => "oe",
        '\u{01a4}' | '\u{01a5}' => "p",
        '\u{024a}' | '\u{024b}' => "q",
        '\u{0154}' | '\u{0155}' | '\u{0156}' | '\u{0157}' | '\u{0158}' | '\u{0159}'
        | '\u{0210}' | '\u{0211}' | '\u{0212}' | '\u{0213}' | '\u{024c}' | '\u{024d}' => "r",
        '\u{015a}' | '\u{015b}' | '\u{015c}' | '\u{015d}' | '\u{015e}' | '\u{015f}'
        | '\u{0160}' | '\u{0161}' | '\u{017f}' | '\u{0218}' | '\u{0219}' | '\u{023f}' => "s",
        '\u{00df}' => "ss",
        '\u{0162}' | '\u{0163}' | '\u{0164}' | '\u{0165}' | '\u{0166}' | '\u{0167}'
        | '\u{01ab}' | '\u{01ac}' | '\u{01ad}' | '\u{01ae}' | '\u{021a}' | '\u{021b}'
        | '\u{0236}' | '\u{023e}' => "t",
        '\u{00de}' | '\u{00fe}' => "th",
        '\u{00d9}' | '\u{00da}' | '\u{00db}' | '\u{00dc}' | '\u{00f9}' | '\u{00fa}'
        | '\u{00fb}' | '\u{00fc}' | '\u{0168}' | '\u{0169}' | '\u{016a}' | '\u{016b}'
        | '\u{016c}' | '\u{016d}' | '\u{016e}' | '\u{016f}' | '\u{0170}' | '\u{0171}'
        | '\u{0172}' | '\u{0173}' | '\u{01af}' | '\u{01b0}' | '\u{01d3}' | '\u{01d4}'
        | '\u{01d5}' | '\u{01d6}' | '\u{01d7}' | '\u{01d8}' | '\u{01d9}' | '\u{01da}'
        | '\u{01db}' | '\u{01dc}' | '\u{0214}' | '\u{0215}' | '\u{0216}' | '\u{0217}'
        | '\u{0244}' => "u",
        '\u{01b2}' => "v",
        '\u{0174}' | '\u{0175}' => "w",
        '\u{00dd}' | '\u{00fd}' | '\u{00ff}' | '\u{0176}' | '\u{0177}' | '\u{0178}'
        | '\u{01b3}' | '\u{01b4}' | '\u{0232}' | '\u{0233}' | '\u{024e}' | '\u{024f}' => "y",
        '\u{0179}' | '\u{017a}' | '\u{017b}' | '\u{017c}' | '\u{017d}' | '\u{017e}'
        | '\u{01b5}' | '\u{01b6}' | '\u{0224}' | '\u{0225}' | '\u{0240}' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{fold, lower};

    #[test]
    fn folds_common_accents() {
        assert_eq!(fold('é'), Some("e"));
        assert_eq!(fold('À'), Some("a"));
        assert_eq!(fold('ñ'), Some("n"));
        assert_eq!(fold('ß'), Some("ss"));
        assert_eq!(fold('Œ'), Some("oe"));
        assert_eq!(fold('ł'), Some("l"));
        assert_eq!(fold('×'), None);
        assert_eq!(fold('a'), None);
    }

    #[test]
    fn lowers_greek_and_cyrillic_as_unicode_does() {
        for c in ('\u{0370}'..='\u{04ff}').filter(|c| fold(*c).is_none()) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            let in_range = matches!(c, '\u{0391}'..='\u{03a9}' | '\u{0400}'..='\u{042f}');
            if in_range && c != '\u{03a2}' {
                assert_eq!(vec![lower(c)], unicode, "{c}");
            } else if lower(c) != c {
                panic!("{c} lowered outside the capitals' ranges");
            }
        }
        assert_eq!(lower('a'), 'a');
        assert_eq!(lower('中'), '中');
    }
}
