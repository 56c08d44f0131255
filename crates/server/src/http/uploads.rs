//! Reading a multipart form, for the API and the pages alike: its parts by name, any part not
//! expected refused, a file field left empty (a form with no file chosen) counted as absent.

use axum::extract::Multipart;
use axum::extract::multipart::MultipartError;

/// One part of a multipart form.
#[derive(Debug)]
pub struct Part {
    /// The field's name.
    pub name: String,
    /// The file's name, for a file.
    pub file_name: Option<String>,
    /// The content.
    pub bytes: Vec<u8>,
}

/// Why a multipart form could not be taken.
#[derive(Debug)]
pub enum Unreadable {
    /// The body is not readable multipart (or over the size limit).
    Body(MultipartError),
    /// A part that is not one of the form's.
    UnknownPart(String),
}

impl From<MultipartError> for Unreadable {
    fn from(error: MultipartError) -> Self {
        Unreadable::Body(error)
    }
}

/// The parts of `multipart`, each named in `known`; empty parts are left out.
pub async fn read(multipart: &mut Multipart, known: &[&str]) -> Result<Vec<Part>, Unreadable> {
    let mut parts = Vec::new();
    while let Some(field) = multipart.next_field().await? {
        let name = field.name().unwrap_or_default().to_owned();
        if !known.contains(&name.as_str()) {
            return Err(Unreadable::UnknownPart(name));
        }
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await?.to_vec();
        if !bytes.is_empty() || file_name.as_deref().is_some_and(|n| !n.is_empty()) {
            parts.push(Part { name, file_name, bytes });
        }
    }
    Ok(parts)
}

/// The text of the part `name`, if sent.
pub fn text(parts: &[Part], name: &str) -> Option<String> {
    parts.iter().find(|p| p.name == name).map(|p| String::from_utf8_lossy(&p.bytes).into_owned())
}

/// The file sent as `name`: its name (or `fallback`) and bytes.
pub fn file(parts: &mut Vec<Part>, name: &str, fallback: &str) -> Option<(String, Vec<u8>)> {
    let at = parts.iter().position(|p| p.name == name)?;
    let part = parts.swap_remove(at);
    Some((part.file_name.unwrap_or_else(|| fallback.to_owned()), part.bytes))
}
