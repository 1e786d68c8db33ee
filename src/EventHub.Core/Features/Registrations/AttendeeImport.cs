using System.Globalization;
using System.Text;
using CsvHelper;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Registrations;

/// <summary>One valid row of an attendee file, with the line it came from.</summary>
public sealed record ImportedAttendee(int Line, AttendeeDetails Details)
{
    /// <summary>Its answers to the conference's questions, from the columns named like them; stored for the questions asked of the ticket type imported into.</summary>
    public IReadOnlyList<AnswerValue> Answers { get; init; } = [];
}

/// <summary>A row that will not be imported: its line, and a resource key with its arguments saying why.</summary>
public sealed record ImportProblem(int Line, string Code, params object[] Arguments);

/// <summary>What a file holds, read and checked whole before anything is written.</summary>
public sealed record ImportPreview(IReadOnlyList<ImportedAttendee> Valid, IReadOnlyList<ImportProblem> Problems, string EncodingName, char Delimiter)
{
    public int Rows => Valid.Count + Problems.Count;
}

/// <summary>
/// Reads a partner's list of attendees (CSV). The whole file is decoded, parsed and validated before
/// any row is written, so a malformed file is refused whole, with the line where it breaks. Excel's
/// habits are expected: UTF-8 with or without BOM, or Windows-1252 (a file that is not valid UTF-8 is
/// read as Windows-1252), and "," or ";" between fields (French Excel writes ";").
/// A column named like one of the conference's questions (its French or English label, case and accents aside) gives
/// that question's answers, read as the export writes them: an option by its label (several separated by ";" or "|"),
/// oui / non or yes / no, a number with a comma or a point. The import never requires an answer: the partner's list was
/// not made for the form.
/// </summary>
public static class AttendeeImport
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["prenom"] = nameof(AttendeeDetails.FirstName), ["first name"] = nameof(AttendeeDetails.FirstName), ["firstname"] = nameof(AttendeeDetails.FirstName), ["given name"] = nameof(AttendeeDetails.FirstName),
        ["nom"] = nameof(AttendeeDetails.LastName), ["nom de famille"] = nameof(AttendeeDetails.LastName), ["last name"] = nameof(AttendeeDetails.LastName), ["lastname"] = nameof(AttendeeDetails.LastName), ["surname"] = nameof(AttendeeDetails.LastName),
        ["courriel"] = nameof(AttendeeDetails.Email), ["adresse courriel"] = nameof(AttendeeDetails.Email), ["email"] = nameof(AttendeeDetails.Email), ["e mail"] = nameof(AttendeeDetails.Email), ["mail"] = nameof(AttendeeDetails.Email),
        ["organisation"] = nameof(AttendeeDetails.Organization), ["organization"] = nameof(AttendeeDetails.Organization), ["entreprise"] = nameof(AttendeeDetails.Organization), ["company"] = nameof(AttendeeDetails.Organization),
        ["titre"] = nameof(AttendeeDetails.JobTitle), ["poste"] = nameof(AttendeeDetails.JobTitle), ["fonction"] = nameof(AttendeeDetails.JobTitle), ["job title"] = nameof(AttendeeDetails.JobTitle), ["title"] = nameof(AttendeeDetails.JobTitle),
        ["langue"] = nameof(AttendeeDetails.PreferredLanguage), ["language"] = nameof(AttendeeDetails.PreferredLanguage),
    };

    private static readonly string[] Required = [nameof(AttendeeDetails.FirstName), nameof(AttendeeDetails.LastName), nameof(AttendeeDetails.Email)];

    static AttendeeImport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Result<ImportPreview> Read(byte[] bytes, IReadOnlyList<FormQuestion>? questions = null)
    {
        if (bytes.Length > MaxBytes)
        {
            return new ValidationError("File", "Import.TooLarge", MaxBytes / 1024 / 1024);
        }
        var (text, encoding) = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError("File", "Import.Empty");
        }
        var delimiter = DetectDelimiter(text);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
        };
        var valid = new List<ImportedAttendee>();
        var problems = new List<ImportProblem>();
        var firstLineOfEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        using var csv = CsvReader.FromText(text, options);
        try
        {
            var map = MapHeader(csv.Headers);
            var asked = MapQuestions(csv.Headers, map, questions ?? []);
            var missing = Required.Where(field => !map.ContainsKey(field)).ToList();
            if (missing.Count > 0)
            {
                return new ValidationError("File", "Import.MissingColumns", string.Join(", ", missing.Select(ColumnName)));
            }
            while (csv.Read())
            {
                if (valid.Count + problems.Count >= MaxRows)
                {
                    return new ValidationError("File", "Import.TooManyRows", MaxRows);
                }
                var line = (int)csv.LineNumber;
                string Field(string name) => map.TryGetValue(name, out var index) && index < csv.FieldCount ? csv.GetString(index).Trim() : "";
                var details = new AttendeeDetails(Field(nameof(AttendeeDetails.FirstName)), Field(nameof(AttendeeDetails.LastName)),
                    Field(nameof(AttendeeDetails.Email)), Blank(Field(nameof(AttendeeDetails.Organization))), Blank(Field(nameof(AttendeeDetails.JobTitle))),
                    Language(Field(nameof(AttendeeDetails.PreferredLanguage))));
                var email = SearchText.Email(details.Email);
                var answers = ReadAnswers(asked, index => index < csv.FieldCount ? csv.GetString(index).Trim() : "", line);
                if (Check(details, line) is { } problem)
                {
                    problems.Add(problem);
                }
                else if (answers.Problem is { } invalid)
                {
                    problems.Add(invalid);
                }
                else if (firstLineOfEmail.TryGetValue(email, out var first))
                {
                    problems.Add(new ImportProblem(line, "Import.DuplicateInFile", first));
                }
                else
                {
                    firstLineOfEmail[email] = line;
                    valid.Add(new ImportedAttendee(line, details) { Answers = answers.Answers });
                }
            }
        }
        catch (CsvFormatException malformed)
        {
            return new ValidationError("File", "Import.Malformed", malformed.LineNumber);
        }
        if (valid.Count + problems.Count == 0)
        {
            return new ValidationError("File", "Import.NoRows");
        }
        return new ImportPreview(valid, problems, encoding, delimiter);
    }

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, as Excel on Windows saves "CSV".</summary>
    internal static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return (new UTF8Encoding(false, true).GetString(span[3..]), "UTF-8");
        }
        if (span.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), "UTF-16");
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(span), "Windows-1252");
        }
    }

    /// <summary>The separator that splits the header line into the most columns: ";" (French Excel), "," or a tab.</summary>
    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return new[] { ',', ';', '\t' }.OrderByDescending(c => header.Count(x => x == c)).First();
    }

    private static Dictionary<string, int> MapHeader(IReadOnlyList<string> header)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (Columns.TryGetValue(SearchText.Fold(header[i]).Replace('.', ' ').Replace('_', ' ').Trim(), out var field))
            {
                map.TryAdd(field, i);
            }
        }
        return map;
    }

    /// <summary>The header's columns named like a question (not already an attendee's column), by column index.</summary>
    private static List<(int Index, FormQuestion Question)> MapQuestions(IReadOnlyList<string> header, Dictionary<string, int> attendeeColumns, IReadOnlyList<FormQuestion> questions)
    {
        var taken = attendeeColumns.Values.ToHashSet();
        var found = new List<(int, FormQuestion)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = SearchText.Fold(header[i]).Trim();
            if (!taken.Contains(i) && questions.FirstOrDefault(q => found.All(f => f.Item2.Id != q.Id)
                    && (SearchText.Fold(q.Label.French).Trim() == name || SearchText.Fold(q.Label.English).Trim() == name)) is { } question)
            {
                // Required or not on the form, an answer is optional here.
                found.Add((i, question with { IsRequired = false, IsHidden = false, TicketTypeIds = [] }));
            }
        }
        return found;
    }

    /// <summary>A row's answers by the form's rules, or the first question whose cell does not read.</summary>
    private static (IReadOnlyList<AnswerValue> Answers, ImportProblem? Problem) ReadAnswers(List<(int Index, FormQuestion Question)> asked, Func<int, string> cell, int line)
    {
        if (asked.Count == 0)
        {
            return ([], null);
        }
        var posted = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (index, question) in asked)
        {
            var text = cell(index);
            if (text.Length == 0)
            {
                continue;
            }
            if (Posted(question, text) is not { } values)
            {
                return ([], new ImportProblem(line, "Import.AnswerInvalid", question.Label.ToString()));
            }
            posted[question.Id] = values;
        }
        var check = AnswerRules.CheckAsked(asked.Select(a => a.Question), posted, CultureInfo.GetCultureInfo("fr-CA"));
        return check.Passed
            ? (check.Answers, null)
            : ([], new ImportProblem(line, "Import.AnswerInvalid", asked.First(a => AnswerRules.Field(a.Question.Id) == check.Errors[0].Field).Question.Label.ToString()));
    }

    /// <summary>A cell as the form would have posted it: options by their id, yes or no; null when a word names nothing.</summary>
    private static IReadOnlyList<string>? Posted(FormQuestion question, string text)
    {
        switch (question.Kind)
        {
            case QuestionKind.YesNo:
                return SearchText.Fold(text).Trim() switch
                {
                    "oui" or "yes" or "o" or "y" or "vrai" or "true" or "1" => [AnswerRules.Yes],
                    "non" or "no" or "n" or "faux" or "false" or "0" => [AnswerRules.No],
                    _ => null,
                };
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                var ids = new List<string>();
                foreach (var part in text.Split([';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var folded = SearchText.Fold(part).Trim();
                    if (question.Offered.FirstOrDefault(o => SearchText.Fold(o.Label.French).Trim() == folded || SearchText.Fold(o.Label.English).Trim() == folded) is not { } option)
                    {
                        return null;
                    }
                    ids.Add(option.Id.ToString(CultureInfo.InvariantCulture));
                }
                return ids;
            default:
                return [text];
        }
    }

    private static ImportProblem? Check(AttendeeDetails d, int line) =>
        string.IsNullOrWhiteSpace(d.FirstName) ? new ImportProblem(line, "Import.FirstNameMissing")
        : string.IsNullOrWhiteSpace(d.LastName) ? new ImportProblem(line, "Import.LastNameMissing")
        : !AttendeeRules.IsEmail(d.Email) ? new ImportProblem(line, "Import.EmailInvalid", d.Email)
        : AttendeeRules.Validate(d) is { } problem ? new ImportProblem(line, problem.Code is "Validation.ControlCharacters" or "Validation.Invisible"
            ? "Import.Unprintable" : "Import.TooLong", ColumnName(problem.Field))
        : null;

    private static string ColumnName(string field) => field switch
    {
        nameof(AttendeeDetails.FirstName) => "prénom / first name",
        nameof(AttendeeDetails.LastName) => "nom / last name",
        nameof(AttendeeDetails.Organization) => "organisation / organization",
        nameof(AttendeeDetails.JobTitle) => "titre / job title",
        nameof(AttendeeDetails.Needs) => "besoins / needs",
        _ => "courriel / email",
    };

    private static string Language(string? value) =>
        SearchText.Fold(value) is var folded && (folded.StartsWith("en") || folded.StartsWith("an")) ? "en" : "fr";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
