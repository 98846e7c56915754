namespace Hub.Mapping;

public enum DecimalOutput
{
    Amount,
    Money,
}
