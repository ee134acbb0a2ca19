//! The hash table of ids by text, and its hasher.

use std::hash::Hasher;

// Hand-written for the typeahead speed budget (see docs/performance.md).
/// A small fast hasher (FxHash's mixing): the keys are short strings from our own dataset,
/// so SipHash's protection against chosen keys buys nothing here.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().unwrap());
            h = (h.rotate_left(5) ^ v).wrapping_mul(FX_K);
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut b = [0u8; 8];
            b[..r.len()].copy_from_slice(r);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(FX_K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(FX_K);
    }
    fn finish(&self) -> u64 {
        // the multiply mixes into the high bits; the table picks buckets by the low ones
        self.0.rotate_left(26)
    }
}

// Hand-written for the wasm size budget (see docs/performance.md).
/// Ids looked up by their text (the dictionary's words, the professions' codes), the text
/// kept elsewhere and reached through `text`: an open-addressing table of ids (linear probing,
/// at most half full), where a `HashMap<String, u32>` cost a hash table instantiation and a
/// second copy of every word.
#[derive(Debug, Clone, Default)]
pub(super) struct TextIds {
    /// id + 1 per used slot, 0 for a free one; a power of two long.
    slots: Vec<u32>,
    len: usize,
}

impl TextIds {
    /// The slot holding the id whose text is `key`, or the free slot where it would go.
    fn slot<'a>(&self, key: &[u8], text: &dyn Fn(u32) -> &'a [u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fx_hash(key) as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 || text(s - 1) == key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    pub(super) fn get<'a>(&self, key: &[u8], text: &dyn Fn(u32) -> &'a [u8]) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(key, text)].checked_sub(1)
    }

    /// Sets the id of `id`'s text to `id` (replacing an earlier id with that text).
    pub(super) fn insert<'a>(&mut self, id: u32, text: &dyn Fn(u32) -> &'a [u8]) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![0; size]);
            for s in old.into_iter().filter(|&s| s != 0) {
                let i = self.slot(text(s - 1), text);
                self.slots[i] = s;
            }
        }
        let i = self.slot(text(id), text);
        if self.slots[i] == 0 {
            self.len += 1;
        }
        self.slots[i] = id + 1;
    }
}

pub(super) fn fx_hash(b: &[u8]) -> u64 {
    let mut h = Fx::default();
    h.write(b);
    h.write_usize(b.len());
    h.finish()
}
