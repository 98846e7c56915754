using System.Globalization;
using System.Text;

namespace Hub.Contracts.Generator.Json;

internal sealed class JsonParser
{
    private readonly string _text;
    private int _pos;

    private JsonParser(string text) => _text = text;

    public static JsonNode Parse(string text)
    {
        var parser = new JsonParser(text);
        var node = parser.ReadValue();
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw parser.Error("unexpected trailing characters");
        }

        return node;
    }

    private JsonNode ReadValue()
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of input");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return new JsonString(ReadString());
            default: return ReadLiteral();
        }
    }

    private JsonObject ReadObject()
    {
        var obj = new JsonObject();
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return obj;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name");
            }

            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            obj.Members.Add(new KeyValuePair<string, JsonNode>(key, ReadValue()));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }

            Expect('}');
            return obj;
        }
    }

    private JsonArray ReadArray()
    {
        var array = new JsonArray();
        _pos++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return array;
        }

        while (true)
        {
            array.Items.Add(ReadValue());
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }

            Expect(']');
            return array;
        }
    }

    private string ReadString()
    {
        _pos++;
        var builder = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_pos >= _text.Length)
            {
                break;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (_pos + 4 > _text.Length)
                    {
                        throw Error("truncated \\u escape");
                    }

                    builder.Append((char)int.Parse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default: builder.Append(e); break;
            }
        }

        throw Error("unterminated string");
    }

    private JsonLiteral ReadLiteral()
    {
        var start = _pos;
        while (_pos < _text.Length && "{}[],:\" \t\r\n".IndexOf(_text[_pos]) < 0)
        {
            _pos++;
        }

        var raw = _text.Substring(start, _pos - start);
        var valid = raw is "true" or "false" or "null"
            || double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return valid ? new JsonLiteral(raw) : throw Error($"unexpected token '{raw}'");
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private FormatException Error(string message) => new($"Invalid JSON at offset {_pos}: {message}");
}
