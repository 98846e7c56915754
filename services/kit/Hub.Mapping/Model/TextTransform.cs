namespace Hub.Mapping;

public enum TextTransform
{
    Trim,
    Lower,
    Upper,
}
