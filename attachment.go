package koop

import (
	"archive/zip"
	"bytes"
	"context"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// PermContribute: write comments and upload files on what one may read (MEMBER and up).
const PermContribute Permission = 120

func init() {
	extraPermissions[PermContribute] = []Role{RoleAdmin, RoleCoordinator, RoleMember}
}

// SubjectKind names what comments and attachments hang on. Events come first; nominations,
// proposals and workstreams reuse the same tables with their own column.
type SubjectKind string

const (
	// SubjectEvent is an event.
	SubjectEvent SubjectKind = "EVENT"
	// SubjectNomination is an award nomination: files only (its documents), no comments.
	SubjectNomination SubjectKind = "NOMINATION"
	// SubjectWorkstream is a joint workstream: comments and files.
	SubjectWorkstream SubjectKind = "WORKSTREAM"
	// SubjectProposal is a retreat proposal: comments only.
	SubjectProposal SubjectKind = "PROPOSAL"
)

// Valid reports whether k is known.
func (k SubjectKind) Valid() bool {
	return k == SubjectEvent || k == SubjectNomination || k == SubjectWorkstream || k == SubjectProposal
}

// Subject is the thing comments and attachments belong to.
type Subject struct {
	Kind SubjectKind
	ID   string
}

// Comment is a remark on a subject.
type Comment struct {
	ID            string     `db:"id"`
	CooperationID string     `db:"cooperation_id"`
	AuthorID      *string    `db:"author_id"`
	AuthorName    string     `db:"author_name"`
	Body          string     `db:"body"`
	CreatedAt     time.Time  `db:"created_at"`
	EditedAt      *time.Time `db:"edited_at"`
	Version       int        `db:"version"`
	// CanEdit and CanDelete say what the reader may do with it.
	CanEdit   bool `db:"-"`
	CanDelete bool `db:"-"`
}

// MaxCommentLength is the longest comment, in characters.
const MaxCommentLength = 5000

// CheckCommentBody validates a comment's text.
func CheckCommentBody(body string) (string, error) {
	return RequireText("body", "Der Kommentar", body, MaxCommentLength)
}

// Attachment is a file on a subject (a flyer, a programme); its bytes are stored separately.
type Attachment struct {
	ID            string    `db:"id"`
	CooperationID string    `db:"cooperation_id"`
	FileName      string    `db:"file_name"`
	ContentType   string    `db:"content_type"`
	SizeBytes     int       `db:"size_bytes"`
	SHA256        string    `db:"sha256"`
	Description   string    `db:"description"`
	UploadedByID  *string   `db:"uploaded_by"`
	UploaderName  string    `db:"uploader_name"`
	CreatedAt     time.Time `db:"created_at"`
	CanDelete     bool      `db:"-"`
}

// MaxAttachmentBytes is the largest file accepted (10 MiB).
const MaxAttachmentBytes = 10 << 20

// allowedTypes are the content types accepted, as sniffed from the bytes, with the German name
// used in messages. Anything a browser could run (HTML, SVG, scripts) is refused.
var allowedTypes = map[string]string{
	"application/pdf":           "PDF",
	"image/png":                 "PNG-Bild",
	"image/jpeg":                "JPEG-Bild",
	"image/gif":                 "GIF-Bild",
	"image/webp":                "WebP-Bild",
	"text/plain; charset=utf-8": "Text",
	"text/csv; charset=utf-8":   "CSV",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document":   "Word-Dokument",
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":         "Excel-Tabelle",
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint-Präsentation",
	"application/vnd.oasis.opendocument.text":                                   "OpenDocument-Text",
	"application/vnd.oasis.opendocument.spreadsheet":                            "OpenDocument-Tabelle",
}

// officeByExt are the zip-based office formats, by file extension, with the entry that proves it.
var officeByExt = map[string]struct{ contentType, entry string }{
	".docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml"},
	".xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml"},
	".pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml"},
	".odt":  {"application/vnd.oasis.opendocument.text", "mimetype"},
	".ods":  {"application/vnd.oasis.opendocument.spreadsheet", "mimetype"},
}

// SniffAttachment decides a file's content type from its bytes (never from what the client
// claims) and refuses empty, too large and forbidden files with a German message at "file".
func SniffAttachment(fileName string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", FieldErrorf(EINVALID, "file", "Die Datei ist leer.")
	}
	if len(data) > MaxAttachmentBytes {
		return "", FieldErrorf(EINVALID, "file", "Die Datei ist zu groß (%s); erlaubt sind höchstens 10 MB.", HumanBytes(len(data)))
	}
	ext := strings.ToLower(path.Ext(fileName))
	detected := http.DetectContentType(data)
	switch {
	case detected == "application/zip":
		office, ok := officeByExt[ext]
		if !ok || !zipHas(data, office.entry) {
			return "", forbiddenType()
		}
		if office.entry == "mimetype" && !zipMimetype(data, office.contentType) {
			return "", forbiddenType()
		}
		return office.contentType, nil
	case strings.HasPrefix(detected, "text/plain"):
		// Markup (SVG, XML, HTML fragments) could run script somewhere else: not as text.
		if !utf8.Valid(data) || !printable(data) || strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(string(data[:min(len(data), 512)]), "\ufeff"), " \t\r\n"), "<") {
			return "", forbiddenType()
		}
		if ext == ".csv" {
			return "text/csv; charset=utf-8", nil
		}
		return "text/plain; charset=utf-8", nil
	}
	if _, ok := allowedTypes[detected]; ok {
		return detected, nil
	}
	return "", forbiddenType()
}

func forbiddenType() error {
	return FieldErrorf(EINVALID, "file", "Diese Dateiart ist nicht erlaubt. Erlaubt sind PDF, Bilder (PNG, JPEG, GIF, WebP), Text und CSV sowie Word-, Excel-, PowerPoint- und OpenDocument-Dateien.")
}

// printable refuses text with control characters other than tab and line breaks (binary data
// that happens to be valid UTF-8).
func printable(data []byte) bool {
	for _, r := range string(data) {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			return false
		}
	}
	return true
}

func zipHas(data []byte, entry string) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == entry {
			return true
		}
	}
	return false
}

func zipMimetype(data []byte, want string) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name != "mimetype" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		b := make([]byte, 200)
		n, _ := rc.Read(b)
		return strings.TrimSpace(string(b[:n])) == want
	}
	return false
}

// CleanFileName keeps the last path element of a client's file name, without control
// characters, at most 200 characters; an empty name becomes "Datei".
func CleanFileName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '"' {
			return -1
		}
		return r
	}, strings.TrimSpace(name))
	if r := []rune(name); len(r) > 200 {
		ext := path.Ext(name)
		name = string(r[:200-len([]rune(ext))]) + ext
	}
	if name == "" || name == "." || name == ".." {
		return "Datei"
	}
	return name
}

// HumanBytes writes a size the German way: "1,5 MB", "820 kB", "12 Bytes".
func HumanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return strings.Replace(trimZero(float64(n)/(1<<20)), ".", ",", 1) + " MB"
	case n >= 1<<10:
		return strings.Replace(trimZero(float64(n)/(1<<10)), ".", ",", 1) + " kB"
	}
	return strconv.Itoa(n) + " Bytes"
}

func trimZero(f float64) string {
	return strings.TrimSuffix(strconv.FormatFloat(f, 'f', 1, 64), ".0")
}

// AttachmentUpload is a file as a client sends it.
type AttachmentUpload struct {
	Subject     Subject
	FileName    string
	Data        []byte
	Description string
}

// AttachmentFile is an attachment with its bytes, for download.
type AttachmentFile struct {
	Attachment
	Data []byte `db:"data"`
}

// CommentService keeps the comments on events (and later other subjects).
type CommentService interface {
	// Comments lists a subject's comments, oldest first.
	Comments(ctx context.Context, s Subject) ([]*Comment, error)
	// AddComment writes a comment (MEMBER and up).
	AddComment(ctx context.Context, s Subject, body string) (*Comment, error)
	// EditComment changes one's own comment.
	EditComment(ctx context.Context, id string, version int, body string) (*Comment, error)
	// DeleteComment removes one's own comment, or any as a planner.
	DeleteComment(ctx context.Context, id string) error
}

// AttachmentService keeps the files on events (and later other subjects).
type AttachmentService interface {
	// Attachments lists a subject's files, newest first.
	Attachments(ctx context.Context, s Subject) ([]*Attachment, error)
	// UploadAttachment stores a file (MEMBER and up) after checking its type and size.
	UploadAttachment(ctx context.Context, in AttachmentUpload) (*Attachment, error)
	// DeleteAttachment removes a file: its uploader or a planner.
	DeleteAttachment(ctx context.Context, id string) error
	// AttachmentFile returns a file with its bytes for the acting user.
	AttachmentFile(ctx context.Context, id string) (*AttachmentFile, error)
}
