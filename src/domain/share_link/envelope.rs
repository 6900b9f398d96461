//! The envelope every format version keeps, so that any app can tell a
//! truncated or mistyped link from one made by a newer app:
//!
//! ```text
//! byte 0       format version
//! bytes 1..    LEB128 length L of what follows (body and checksum), in bytes
//! L − 4 bytes  the body (its layout depends on the format version)
//! 4 bytes      CRC-32 (ISO-HDLC, as zip and PNG) of every byte before it, big-endian
//! ```
//!
//! then base64url without padding. Reading checks, in this order: the
//! characters; the length the header declares against the characters there are
//! (fewer: truncated — every cut is caught, whatever the checksum); the
//! checksum (a mistyped character, including in the format byte); only then the
//! format version.

use super::error::LinkError;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use crc::{CRC_32_ISO_HDLC, Crc, NoTable};

/// CRC-32 computed bit by bit: no 1–16 KB lookup table in the wasm, and a
/// link is at most a few thousand bytes.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

/// The CRC-32 (ISO-HDLC) of `bytes`.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    CRC32.checksum(bytes)
}

/// For reading the header of a payload that may be cut anywhere.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

const CHECKSUM_BYTES: usize = 4;
/// The longest length field read (lengths up to 2 MB; payloads are capped far lower).
const MAX_LENGTH_BYTES: usize = 3;

/// Whether `c` is a base64url character.
pub(crate) fn is_payload_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The payload text for a body.
pub(crate) fn seal(format: u8, body: &[u8]) -> String {
    let mut bytes = vec![format];
    leb128(&mut bytes, body.len() + CHECKSUM_BYTES);
    bytes.extend_from_slice(body);
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// The characters `bytes` bytes take in base64 without padding.
fn chars_for(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

/// The format version and the body of a payload.
pub(crate) fn open(payload: &str) -> Result<(u8, Vec<u8>), LinkError> {
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if !payload.chars().all(is_payload_char) {
        return Err(LinkError::InvalidCharacters);
    }
    // The header: the format byte and the length, from the first few characters.
    let mut head_chars = payload.len().min(chars_for(1 + MAX_LENGTH_BYTES));
    if head_chars % 4 == 1 {
        head_chars -= 1;
    }
    let head = LENIENT
        .decode(&payload[..head_chars])
        .map_err(|_| LinkError::Corrupted)?;
    let mut length = 0usize;
    let mut header = None;
    for (i, &b) in head.iter().enumerate().skip(1).take(MAX_LENGTH_BYTES) {
        length |= usize::from(b & 0x7f) << (7 * (i - 1));
        if b & 0x80 == 0 {
            header = Some(i + 1);
            break;
        }
    }
    let header = match header {
        Some(h) => h,
        // The length field is cut off…
        None if head.len() < 1 + MAX_LENGTH_BYTES => return Err(LinkError::Truncated),
        // …or longer than any this app writes.
        None => return Err(LinkError::Corrupted),
    };
    let total = header + length;
    if length < CHECKSUM_BYTES {
        return Err(LinkError::Corrupted);
    }
    match payload.len().cmp(&chars_for(total)) {
        std::cmp::Ordering::Less => return Err(LinkError::Truncated),
        std::cmp::Ordering::Greater => return Err(LinkError::Corrupted),
        std::cmp::Ordering::Equal => {}
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Corrupted)?;
    let (data, crc) = bytes.split_at(total - CHECKSUM_BYTES);
    if crc32(data).to_be_bytes() != crc {
        return Err(LinkError::Corrupted);
    }
    Ok((bytes[0], data[header..].to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_body_opens_again() {
        for body in [vec![], vec![0u8], vec![0xAB; 200]] {
            let payload = seal(7, &body);
            assert_eq!(open(&payload), Ok((7, body)));
        }
    }

    #[test]
    fn every_cut_is_truncated_and_every_extra_character_corrupted() {
        let payload = seal(1, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        for end in 1..payload.len() {
            assert_eq!(open(&payload[..end]), Err(LinkError::Truncated), "{end}");
        }
        assert_eq!(open(&format!("{payload}A")), Err(LinkError::Corrupted));
    }

    #[test]
    fn the_checksum_is_the_crc32_of_what_precedes_it() {
        // "123456789" is the CRC-32 check string: 0xCBF43926.
        let payload = seal(1, b"123456789");
        let bytes = URL_SAFE_NO_PAD.decode(&payload).unwrap();
        assert_eq!(&bytes[..2], &[1, 13]);
        assert_eq!(
            crc32(&bytes[..bytes.len() - 4]).to_be_bytes(),
            bytes[bytes.len() - 4..]
        );
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn long_bodies_take_a_longer_length_field() {
        let body = vec![0x5A; 3000];
        let payload = seal(1, &body);
        let bytes = URL_SAFE_NO_PAD.decode(&payload).unwrap();
        assert_eq!(&bytes[1..3], &[0xBC, 0x17]); // 3004 = 0x0BBC
        assert_eq!(open(&payload), Ok((1, body)));
    }
}
