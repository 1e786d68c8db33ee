namespace EventHub.Core.Domain;

/// <summary>What a registration question asks for; stored by name.</summary>
public enum QuestionKind
{
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,
    YesNo,
    Number,
}

public static class QuestionKinds
{
    /// <summary>Kinds whose answer is chosen among the question's options.</summary>
    public static bool HasOptions(this QuestionKind kind) => kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
}
