//! Checks that an uploaded case-study submission is the archive it claims to be: a zip (local
//! file header at the start, end-of-central-directory record near the end) or a gzip stream
//! whose first block is a POSIX tar header.

use std::io::Read;

/// The kinds of archive taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchiveKind {
    /// `.zip`.
    Zip,
    /// `.tar.gz`.
    TarGz,
}

impl ArchiveKind {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ArchiveKind::Zip => "zip",
            ArchiveKind::TarGz => "tar.gz",
        }
    }

    /// The media type.
    pub fn content_type(self) -> &'static str {
        match self {
            ArchiveKind::Zip => "application/zip",
            ArchiveKind::TarGz => "application/gzip",
        }
    }
}

/// What kind of archive `bytes` is, if it is one of those taken.
pub fn sniff(bytes: &[u8]) -> Option<ArchiveKind> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
        let tail = &bytes[bytes.len().saturating_sub(22 + 65_535)..];
        return tail.windows(4).any(|w| w == b"PK\x05\x06").then_some(ArchiveKind::Zip);
    }
    if bytes.starts_with(&[0x1f, 0x8b, 0x08]) {
        let mut header = [0u8; 512];
        let mut decoder = flate2::read::GzDecoder::new(bytes);
        decoder.read_exact(&mut header).ok()?;
        return (&header[257..262] == b"ustar").then_some(ArchiveKind::TarGz);
    }
    None
}

/// A file name safe to put in a header: letters, digits, spaces and `._-` only.
pub fn clean(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let kept: String =
        base.chars().filter(|c| c.is_ascii_alphanumeric() || " ._-".contains(*c)).take(100).collect();
    let kept = kept.trim().trim_start_matches('.').to_owned();
    if kept.is_empty() { "file".into() } else { kept }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A one-file tar archive, gzipped.
    pub fn tar_gz() -> Vec<u8> {
        let mut header = [0u8; 512];
        header[..9].copy_from_slice(b"README.md");
        header[257..263].copy_from_slice(b"ustar\0");
        let mut tar = header.to_vec();
        tar.extend_from_slice(&[0u8; 1024]);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&tar).unwrap_or_default();
        encoder.finish().unwrap_or_default()
    }

    #[test]
    fn zips_and_tarballs_are_recognised_and_nothing_else() {
        let empty_zip = b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec();
        assert_eq!(sniff(&empty_zip), Some(ArchiveKind::Zip));
        assert_eq!(sniff(&tar_gz()), Some(ArchiveKind::TarGz));
        assert_eq!(sniff(b"PK\x03\x04 but truncated"), None);
        assert_eq!(sniff(b"<html>not an archive</html>"), None);
        let mut gzipped_text = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gzipped_text.write_all(&[b'x'; 600]).unwrap_or_default();
        assert_eq!(sniff(&gzipped_text.finish().unwrap_or_default()), None);
    }
}
