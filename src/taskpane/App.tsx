import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";
import { CATALOGUE } from "../core/catalogue/items";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <ol>
        {CATALOGUE.map((c) => (
          <li key={c.id}>
            <Text>{c.title.en}</Text>
          </li>
        ))}
      </ol>
    </FluentProvider>
  );
}
