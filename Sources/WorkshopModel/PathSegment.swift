/// What may become one segment of an output path (a folder of the built
/// site), checked when the content is read so that `check` reports it at its
/// line and `build --keep-going` leaves the file out instead of failing on
/// the disk's limits ("File name too long") or on characters a URL mangles.
///
/// - ids (participant, group): `[A-Za-z0-9_-]{1,64}` after NFKC and the dash
///   fold (`Ａ－０１` is `A-01`), the rule of the collection endpoint;
/// - names (event folder, seminar page file, catalogue id):
///   `[A-Za-z0-9][A-Za-z0-9_.-]{0,99}`, as written (they are file names already).
public enum PathSegment {
    public static let idLimit = 64
    public static let nameLimit = 100

    /// Whether an id, once normalised, can name a folder of the site.
    public static func isValidID(_ text: String) -> Bool {
        let id = IDText.normalize(text)
        return (1...idLimit).contains(id.unicodeScalars.count) && id.unicodeScalars.allSatisfy(isIDScalar)
    }

    /// Whether a folder or file name can name a folder of the site as it is.
    public static func isValidName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isAlphanumeric(first),
              text.unicodeScalars.count <= nameLimit else { return false }
        return text.unicodeScalars.allSatisfy { isIDScalar($0) || $0 == "." }
    }

    static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "-" || scalar == "_"
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// `'…'` with a long value cut, for messages.
    public static func shown(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…（\(text.count)）" : text
    }
}
