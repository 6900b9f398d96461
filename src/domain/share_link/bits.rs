//! A bit stream, most significant bit first, and the number codes the body
//! uses: fixed-width fields, a varint of 4-bit groups, zig-zag for signed
//! numbers, and three-state answers in two bits.

/// The body could not be read: a field ran past the end or held a value no
/// encoder writes. Reported to the user as a malformed link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Malformed;

pub(crate) type Read<T> = Result<T, Malformed>;

/// Bits of value per varint group (each group also takes one "more" bit).
/// Three fit the numbers of a cell best: 0–7 in 4 bits, up to 63 in 8, up to
/// 511 (households) in 12.
const GROUP_BITS: u32 = 3;
/// Groups in the longest varint (64 bits of value).
const MAX_GROUPS: u32 = 64_u32.div_ceil(GROUP_BITS);

#[derive(Debug, Default)]
pub(crate) struct BitWriter {
    bytes: Vec<u8>,
    /// Bits used in the last byte (0 when it is full or there is none).
    used: u32,
}

impl BitWriter {
    /// Writes the low `n` bits of `value` (n ≤ 64), highest first.
    pub(crate) fn bits(&mut self, value: u64, n: u32) {
        for i in (0..n).rev() {
            if self.used == 0 {
                self.bytes.push(0);
            }
            let bit = u8::from((value >> i) & 1 == 1);
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used);
            }
            self.used = (self.used + 1) % 8;
        }
    }

    pub(crate) fn flag(&mut self, value: bool) {
        self.bits(u64::from(value), 1);
    }

    /// 0 none, 1 false, 2 true.
    pub(crate) fn tri(&mut self, value: Option<bool>) {
        self.bits(
            match value {
                None => 0,
                Some(false) => 1,
                Some(true) => 2,
            },
            2,
        );
    }

    /// Groups of [`GROUP_BITS`], lowest first, each after a bit saying
    /// whether another group follows.
    pub(crate) fn varint(&mut self, mut value: u64) {
        loop {
            let group = value & ((1 << GROUP_BITS) - 1);
            value >>= GROUP_BITS;
            self.flag(value != 0);
            self.bits(group, GROUP_BITS);
            if value == 0 {
                break;
            }
        }
    }

    pub(crate) fn count(&mut self, n: usize) {
        self.varint(n as u64);
    }

    /// Zig-zag: 0, -1, 1, -2, 2 … become 0, 1, 2, 3, 4 …
    pub(crate) fn signed(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    /// A presence bit, then the number.
    pub(crate) fn opt_signed(&mut self, value: Option<i64>) {
        self.flag(value.is_some());
        if let Some(v) = value {
            self.signed(v);
        }
    }

    /// How many bits are written so far.
    pub(crate) fn bit_len(&self) -> usize {
        match self.used {
            0 => self.bytes.len() * 8,
            used => (self.bytes.len() - 1) * 8 + used as usize,
        }
    }

    /// The bytes, the last one padded with zero bits.
    pub(crate) fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

#[derive(Debug)]
pub(crate) struct BitReader<'a> {
    bytes: &'a [u8],
    /// Position in bits.
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    pub(crate) fn remaining(&self) -> usize {
        (self.bytes.len() * 8).saturating_sub(self.pos)
    }

    pub(crate) fn bits(&mut self, n: u32) -> Read<u64> {
        if n as usize > self.remaining() || n > 64 {
            return Err(Malformed);
        }
        let mut value = 0u64;
        for _ in 0..n {
            let byte = self.bytes[self.pos / 8];
            let bit = (byte >> (7 - self.pos % 8)) & 1;
            value = (value << 1) | u64::from(bit);
            self.pos += 1;
        }
        Ok(value)
    }

    pub(crate) fn flag(&mut self) -> Read<bool> {
        Ok(self.bits(1)? == 1)
    }

    pub(crate) fn tri(&mut self) -> Read<Option<bool>> {
        match self.bits(2)? {
            0 => Ok(None),
            1 => Ok(Some(false)),
            2 => Ok(Some(true)),
            _ => Err(Malformed),
        }
    }

    pub(crate) fn varint(&mut self) -> Read<u64> {
        let mut value = 0u64;
        for group in 0..MAX_GROUPS {
            let more = self.flag()?;
            let bits = self.bits(GROUP_BITS)?;
            let shift = group * GROUP_BITS;
            if (bits << shift) >> shift != bits {
                // Past 64 bits.
                return Err(Malformed);
            }
            value |= bits << shift;
            if !more {
                return Ok(value);
            }
        }
        Err(Malformed)
    }

    /// A count of things that take at least `min_bits` each: never more than
    /// the bits left could hold (so a forged count cannot make a huge list).
    pub(crate) fn count(&mut self, min_bits: usize) -> Read<usize> {
        let n = usize::try_from(self.varint()?).map_err(|_| Malformed)?;
        if n.saturating_mul(min_bits.max(1)) > self.remaining() {
            return Err(Malformed);
        }
        Ok(n)
    }

    pub(crate) fn signed(&mut self) -> Read<i64> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    pub(crate) fn opt_signed(&mut self) -> Read<Option<i64>> {
        if self.flag()? {
            Ok(Some(self.signed()?))
        } else {
            Ok(None)
        }
    }

    /// The end: only the zero bits that pad the last byte may be left.
    pub(crate) fn finish(self) -> Read<()> {
        let rest = self.remaining();
        let mut tail = BitReader {
            bytes: self.bytes,
            pos: self.pos,
        };
        if rest < 8 && tail.bits(rest as u32)? == 0 {
            Ok(())
        } else {
            Err(Malformed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_at_every_edge() {
        let values = [0i64, 1, -1, 7, 8, -8, 15, 16, 399, -400, i64::MAX, i64::MIN];
        let mut w = BitWriter::default();
        for v in values {
            w.signed(v);
            w.opt_signed(Some(v));
            w.varint(v as u64);
        }
        w.opt_signed(None);
        w.tri(None);
        w.tri(Some(false));
        w.tri(Some(true));
        let bytes = w.finish();
        let mut r = BitReader::new(&bytes);
        for v in values {
            assert_eq!(r.signed(), Ok(v));
            assert_eq!(r.opt_signed(), Ok(Some(v)));
            assert_eq!(r.varint(), Ok(v as u64));
        }
        assert_eq!(r.opt_signed(), Ok(None));
        assert_eq!(r.tri(), Ok(None));
        assert_eq!(r.tri(), Ok(Some(false)));
        assert_eq!(r.tri(), Ok(Some(true)));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn small_numbers_are_small() {
        let mut w = BitWriter::default();
        w.varint(7);
        w.varint(8);
        // 0 111, then 1 000 0 001.
        assert_eq!(w.finish(), vec![0b0111_1000, 0b0001_0000]);
        let mut w = BitWriter::default();
        w.signed(-1);
        w.signed(1);
        w.signed(-2);
        w.signed(3);
        w.signed(-4);
        w.signed(4);
        // 4 + 4 + 4 + 4 + 4 + 8 bits.
        assert_eq!(w.finish().len(), 4);
    }

    #[test]
    fn reading_past_the_end_or_a_bad_code_is_malformed() {
        let mut r = BitReader::new(&[0xFF]);
        assert_eq!(r.tri(), Err(Malformed));
        let mut r = BitReader::new(&[0xFF, 0xFF]);
        assert_eq!(r.varint(), Err(Malformed));
        let mut r = BitReader::new(&[0x80]);
        assert_eq!(r.bits(9), Err(Malformed));
        // A stray one bit after the last field.
        let mut r = BitReader::new(&[0b0100_0000]);
        assert_eq!(r.flag(), Ok(false));
        assert_eq!(r.finish(), Err(Malformed));
        // A whole extra byte.
        let r = BitReader::new(&[0]);
        assert_eq!(r.finish(), Err(Malformed));
        // A count larger than the bits left.
        let mut r = BitReader::new(&[0b0011_1100]);
        assert_eq!(r.count(8), Err(Malformed));
    }

    #[test]
    fn a_varint_of_more_than_64_bits_is_malformed() {
        let mut r = BitReader::new(&[0xFF; 20]);
        assert_eq!(r.varint(), Err(Malformed));
        // u64::MAX takes 22 groups, the last holding one bit; two bits there overflow.
        let mut w = BitWriter::default();
        w.varint(u64::MAX);
        let mut bytes = w.finish();
        assert_eq!(bytes.len(), 11);
        let mut r = BitReader::new(&bytes);
        assert_eq!(r.varint(), Ok(u64::MAX));
        // The last group starts at bit 84: flag, then 3 bits "001"; make it "101".
        bytes[10] |= 0b0000_0100;
        assert_eq!(BitReader::new(&bytes).varint(), Err(Malformed));
    }
}
