namespace Hub.Schemas;

/// <summary>Why a reader schema cannot read data written with a writer schema.</summary>
public enum IncompatibilityType
{
    /// <summary>The types differ and no promotion applies.</summary>
    TypeMismatch,

    /// <summary>Named types (record, enum, fixed) whose names and reader aliases do not match.</summary>
    NameMismatch,

    /// <summary>Fixed types of different sizes.</summary>
    FixedSizeMismatch,

    /// <summary>Writer enum symbols the reader lacks, and the reader enum has no default.</summary>
    MissingEnumSymbols,

    /// <summary>A reader field absent from the writer without a default value.</summary>
    ReaderFieldMissingDefaultValue,

    /// <summary>A writer union branch (or non-union writer) that no reader union branch can read.</summary>
    MissingUnionBranch,

    /// <summary>Decimal logical types whose precision or scale differ.</summary>
    DecimalMismatch,
}
