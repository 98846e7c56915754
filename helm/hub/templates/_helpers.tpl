{{/* Labels every object carries; app.kubernetes.io/component is the Prometheus job name (ServiceMonitor jobLabel). */}}
{{- define "hub.labels" -}}
app.kubernetes.io/name: {{ .component | quote }}
app.kubernetes.io/instance: {{ .root.Release.Name | quote }}
app.kubernetes.io/component: {{ .component | quote }}
app.kubernetes.io/part-of: hub
app.kubernetes.io/managed-by: {{ .root.Release.Service | quote }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | quote }}
{{- end }}

{{- define "hub.selectorLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name | quote }}
app.kubernetes.io/component: {{ .component | quote }}
{{- end }}

{{- define "hub.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .repository (.root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end }}

{{- define "hub.schemaRegistryUrl" -}}
{{- if .Values.schemaRegistry.enabled -}}
{{- printf "http://%s-schema-registry" .Release.Name -}}
{{- else -}}
{{- required "schemaRegistry.url is required when schemaRegistry.enabled is false" .Values.schemaRegistry.url -}}
{{- end -}}
{{- end }}

{{/* Environment shared by every Hub service: Kafka (with any librdkafka setting), tracing. */}}
{{- define "hub.commonEnv" -}}
- name: ASPNETCORE_HTTP_PORTS
  value: "8080"
- name: OTEL_SERVICE_NAME
  value: {{ .component | quote }}
- name: Kafka__BootstrapServers
  value: {{ .root.Values.kafka.bootstrapServers | quote }}
- name: Kafka__GroupProtocol
  value: {{ .root.Values.kafka.groupProtocol | default "auto" | quote }}
{{- range $key, $value := .root.Values.kafka.producer }}
- name: Kafka__Producer__{{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- range $key, $value := .root.Values.kafka.consumer }}
- name: Kafka__Consumer__{{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- with .root.Values.kafka.saslPasswordSecret }}
- name: Kafka__Producer__SaslPassword
  valueFrom:
    secretKeyRef:
      name: {{ . | quote }}
      key: password
- name: Kafka__Consumer__SaslPassword
  valueFrom:
    secretKeyRef:
      name: {{ . | quote }}
      key: password
{{- end }}
{{- with .root.Values.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: {{ $.root.Values.telemetry.otlpProtocol | default "grpc" | quote }}
{{- end }}
- name: OTEL_TRACES_SAMPLER
  value: {{ .root.Values.telemetry.sampler | default "parentbased_traceidratio" | quote }}
- name: OTEL_TRACES_SAMPLER_ARG
  value: {{ .root.Values.telemetry.samplerArg | default "1.0" | quote }}
{{- end }}

{{- define "hub.probes" -}}
readinessProbe:
  httpGet:
    path: /health/ready
    port: http
  periodSeconds: 10
  failureThreshold: 3
livenessProbe:
  httpGet:
    path: /health/live
    port: http
  initialDelaySeconds: 10
  periodSeconds: 20
  failureThreshold: 3
{{- end }}

{{- define "hub.securityContext" -}}
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]
{{- end }}
