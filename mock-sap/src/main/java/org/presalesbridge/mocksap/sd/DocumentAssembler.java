package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;
import org.presalesbridge.mocksap.sd.masterdata.Customer;
import org.presalesbridge.mocksap.sd.masterdata.DocumentType;
import org.presalesbridge.mocksap.sd.masterdata.MasterData;
import org.presalesbridge.mocksap.sd.masterdata.Material;
import org.presalesbridge.mocksap.sd.masterdata.MaterialSalesData;
import org.presalesbridge.mocksap.sd.masterdata.SalesArea;
import org.presalesbridge.mocksap.sd.masterdata.SalesAreaSettings;

/**
 * SD's business rules: turns a create request into a document, or applies a change request to one,
 * collecting an error message for every rule broken (SAP reports them all, not the first only).
 * Knows nothing of sessions, numbers or locks.
 */
final class DocumentAssembler {

    static final String HEADER_PARAMETER = "SALES_HEADER_IN";
    static final String ITEM_PARAMETER = "SALES_ITEM_IN";
    static final String PARTNER_PARAMETER = "SALES_PARTNERS";
    static final String SCHEDULE_PARAMETER = "SALES_SCHEDULES_IN";
    static final String CONDITION_PARAMETER = "SALES_CONDITIONS_IN";

    static final String SOLD_TO = "AG";
    private static final List<String> PARTNER_ROLES = List.of(SOLD_TO, "WE", "RE", "RG");
    private static final String FIRST_SCHEDULE_LINE = "0001";
    private static final String MESSAGE_LANGUAGE = "EN";
    private static final int ITEM_STEP = 10;

    private final MasterData masterData;
    private final MessageCatalog messages;

    DocumentAssembler(MasterData masterData, MessageCatalog messages) {
        this.masterData = masterData;
        this.messages = messages;
    }

    /** The outcome: the document (null when a rule was broken) and the error messages. */
    record Assembly(SalesDocument document, List<SdMessage> errors) {
        boolean failed() {
            return !errors.isEmpty();
        }
    }

    // ------------------------------------------------------------------ create

    /**
     * A new document from a create request, not yet numbered. {@code committed} reads the documents
     * on the database (a reference must be committed).
     */
    Assembly create(CreateRequest request, DocumentCategory expected, Function<String, Optional<SalesDocument>> committed,
                    Stamp now) {
        List<SdMessage> errors = new ArrayList<>();
        HeaderData header = request.header();
        DocumentType type = masterData.documentType(header.documentType()).orElse(null);
        if (type == null) {
            errors.add(header(messages.error(MessageKey.DOC_TYPE_UNKNOWN, header.documentType()), "DOC_TYPE"));
            return new Assembly(null, errors);
        }
        if (type.category() != expected.code()) {
            errors.add(header(messages.error(MessageKey.DOC_TYPE_WRONG_CATEGORY, type.code(), expected.text()),
                    "DOC_TYPE"));
        }
        if (!request.externalNumber().isEmpty()) {
            errors.add(header(messages.error(MessageKey.EXTERNAL_NUMBER_NOT_ALLOWED, type.code(),
                    request.externalNumber()), ""));
        }
        SalesArea area = header.salesArea();
        SalesAreaSettings areaSettings = masterData.salesArea(area).orElse(null);
        if (areaSettings == null) {
            errors.add(header(messages.error(MessageKey.SALES_AREA_UNKNOWN, area.salesOrganization(),
                    area.distributionChannel(), area.division()), "SALES_ORG"));
            return new Assembly(null, errors);
        }
        SalesDocument reference = reference(header, type, committed, errors);
        List<Partner> partners = partners(request.partners(), reference, area, errors);
        checkValidity(type, header.validFrom(), header.validTo(), errors);

        List<ItemInput> itemInputs = request.items().isEmpty() && reference != null
                ? openItemsOf(reference) : request.items();
        ItemContext context = new ItemContext(type, area, areaSettings.currency(), header.requestedDeliveryDate(),
                now, request.scheduleLines(), request.conditions(), reference, committed);
        List<Item> items = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int next = ITEM_STEP;
        for (int row = 1; row <= itemInputs.size(); row++) {
            ItemInput input = itemInputs.get(row - 1);
            String number = isBlankNumber(input.number()) ? String.format("%06d", next) : input.number();
            if (!numbers.add(number)) {
                errors.add(item(messages.error(MessageKey.ITEM_ALREADY_EXISTS, number, ""), row, "ITM_NUMBER"));
                continue;
            }
            next = Math.max(next, (Integer.parseInt(number) / ITEM_STEP + 1) * ITEM_STEP);
            Item item = buildItem(number, input.data(), row, context, errors);
            if (item != null) {
                items.add(item);
            }
        }
        checkLinesBelongToItems(request.scheduleLines(), numbers, errors);
        checkConditionsBelongToItems(request.conditions(), numbers, errors);
        if (!errors.isEmpty()) {
            return new Assembly(null, errors);
        }
        HeaderData data = normalized(header, reference, now.date());
        Header newHeader = new Header("", type.category(), type.transactionGroup(), data,
                soldTo(partners), areaSettings.currency(), BigDecimal.ZERO, now, null);
        SalesDocument document = new SalesDocument(newHeader, items, partners, request.texts());
        return new Assembly(document.withNetValueFromItems(), List.of());
    }

    private static boolean isBlankNumber(String number) {
        return number.isEmpty() || number.chars().allMatch(c -> c == '0');
    }

    private SalesDocument reference(HeaderData header, DocumentType type,
                                    Function<String, Optional<SalesDocument>> committed, List<SdMessage> errors) {
        if (header.referenceDocument().isEmpty()) {
            return null;
        }
        SalesDocument reference = committed.apply(header.referenceDocument()).orElse(null);
        if (reference == null) {
            errors.add(header(messages.error(MessageKey.REFERENCE_NOT_FOUND,
                    ConversionExits.alphaOutput(header.referenceDocument())), "REF_DOC"));
            return null;
        }
        boolean categoryGiven = !header.referenceCategory().isEmpty();
        if (!type.copyFrom().contains(reference.category())
                || categoryGiven && header.referenceCategory().charAt(0) != reference.category()) {
            errors.add(header(messages.error(MessageKey.REFERENCE_WRONG_CATEGORY,
                    ConversionExits.alphaOutput(reference.number()), String.valueOf(reference.category()),
                    type.code()), "REFDOC_CAT"));
            return null;
        }
        return reference;
    }

    private static List<ItemInput> openItemsOf(SalesDocument reference) {
        return reference.items().stream().filter(Item::open)
                .map(i -> new ItemInput(' ', "", new ItemData(i.data().higherLevelItem(), i.material(),
                        i.orderQuantity(), i.salesUnit(), i.plant(), "", i.description(), "",
                        i.data().purchaseOrderNumber(), i.data().orderProbability(), reference.number(), i.number(),
                        String.valueOf(reference.category()))))
                .toList();
    }

    /** The header as saved: document date, pricing date and requested delivery date default to today, as SAP proposes. */
    private static HeaderData normalized(HeaderData header, SalesDocument reference, LocalDate today) {
        String referenceCategory = reference == null ? "" : String.valueOf(reference.category());
        return new HeaderData(header.documentType(), header.salesArea(), header.salesGroup(), header.salesOffice(),
                header.purchaseOrderNumber(), header.purchaseOrderDate(), header.ordererName(),
                header.yourReference(), orToday(header.documentDate(), today),
                orToday(header.requestedDeliveryDate(), today), orToday(header.pricingDate(), today),
                header.validFrom(), header.validTo(), header.orderReason(), header.paymentTerms(),
                header.incoterms1(), header.incoterms2(), "", header.referenceDocument(), referenceCategory);
    }

    private static LocalDate orToday(LocalDate date, LocalDate today) {
        return date != null ? date : today;
    }

    // ------------------------------------------------------------------ partners

    private List<Partner> partners(List<Partner> given, SalesDocument reference, SalesArea area,
                                   List<SdMessage> errors) {
        List<Partner> source = given.isEmpty() && reference != null ? reference.partners() : given;
        List<Partner> result = new ArrayList<>();
        Partner soldTo = null;
        for (int row = 1; row <= source.size(); row++) {
            Partner partner = source.get(row - 1);
            Partner checked = partner(partner, area, row, errors);
            if (checked == null) {
                continue;
            }
            result.add(checked);
            if (checked.role().equals(SOLD_TO) && checked.item().equals(Partner.HEADER_ITEM)) {
                soldTo = checked;
            }
        }
        if (soldTo == null) {
            if (source.stream().noneMatch(p -> p.role().equals(SOLD_TO))) {
                errors.add(messages.error(MessageKey.SOLD_TO_MISSING).at(PARTNER_PARAMETER, 0, "PARTN_ROLE"));
            }
            return result;
        }
        for (String role : PARTNER_ROLES) {
            if (result.stream().noneMatch(p -> p.role().equals(role) && p.item().equals(Partner.HEADER_ITEM))) {
                result.add(withRole(soldTo, role));
            }
        }
        result.sort(Comparator.comparing(Partner::item).thenComparing(p -> PARTNER_ROLES.indexOf(p.role())));
        return result;
    }

    /** A partner checked against the customer master and completed with its address; null when a rule is broken. */
    private Partner partner(Partner partner, SalesArea area, int row, List<SdMessage> errors) {
        if (!PARTNER_ROLES.contains(partner.role())) {
            errors.add(messages.error(MessageKey.PARTNER_ROLE_UNKNOWN, partner.role())
                    .at(PARTNER_PARAMETER, row, "PARTN_ROLE"));
            return null;
        }
        Customer customer = masterData.customer(partner.customer()).orElse(null);
        if (customer == null) {
            errors.add(messages.error(MessageKey.CUSTOMER_UNKNOWN, ConversionExits.alphaOutput(partner.customer()))
                    .at(PARTNER_PARAMETER, row, "PARTN_NUMB"));
            return null;
        }
        if (partner.role().equals(SOLD_TO) && customer.blockedForSales()) {
            errors.add(messages.error(MessageKey.CUSTOMER_BLOCKED, ConversionExits.alphaOutput(customer.number()),
                    customer.orderBlock()).at(PARTNER_PARAMETER, row, "PARTN_NUMB"));
            return null;
        }
        if (!customer.createdIn(area)) {
            errors.add(messages.error(MessageKey.CUSTOMER_NOT_IN_SALES_AREA,
                    ConversionExits.alphaOutput(customer.number()), area.salesOrganization(),
                    area.distributionChannel(), area.division()).at(PARTNER_PARAMETER, row, "PARTN_NUMB"));
            return null;
        }
        String item = isBlankNumber(partner.item()) ? Partner.HEADER_ITEM : partner.item();
        return new Partner(partner.role(), customer.number(), item, customer.name(), customer.street(),
                customer.postalCode(), customer.city(), customer.country());
    }

    private static Partner withRole(Partner partner, String role) {
        return new Partner(role, partner.customer(), partner.item(), partner.name(), partner.street(),
                partner.postalCode(), partner.city(), partner.country());
    }

    private static String soldTo(List<Partner> partners) {
        return partners.stream().filter(p -> p.role().equals(SOLD_TO) && p.item().equals(Partner.HEADER_ITEM))
                .map(Partner::customer).findFirst().orElse("");
    }

    // ------------------------------------------------------------------ validity

    private void checkValidity(DocumentType type, LocalDate from, LocalDate to, List<SdMessage> errors) {
        if (type.validityRequired() && (from == null || to == null)) {
            errors.add(header(messages.error(MessageKey.VALIDITY_MISSING, type.name()),
                    from == null ? "QT_VALID_F" : "QT_VALID_T"));
            return;
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(header(messages.error(MessageKey.VALIDITY_END_BEFORE_START, Dates.dats(from), Dates.dats(to)),
                    "QT_VALID_T"));
        }
    }

    // ------------------------------------------------------------------ items

    /** What building an item needs besides its own fields. */
    private record ItemContext(DocumentType type, SalesArea area, String currency, LocalDate defaultDate, Stamp now,
                               List<ScheduleLineInput> scheduleLines, List<ConditionInput> conditions,
                               SalesDocument headerReference,
                               Function<String, Optional<SalesDocument>> committed) {
    }

    private Item buildItem(String number, ItemData given, int row, ItemContext context, List<SdMessage> errors) {
        ItemData data = withReferenceData(given, context, row, errors);
        if (data == null) {
            return null;
        }
        int before = errors.size();
        Salable salable = salable(data.material(), context.area(), row, errors);
        if (salable == null) {
            return null;
        }
        Material material = salable.material();
        MaterialSalesData salesData = salable.salesData();
        String unit = data.targetUnit().isEmpty() ? material.baseUnit() : data.targetUnit();
        checkUnit(unit, material, row, errors);
        checkRejectionReason(data.rejectionReason(), row, errors);
        List<ScheduleLine> lines = scheduleLinesOf(number, context.scheduleLines(), context.defaultDate(),
                context.now().date());
        BigDecimal quantity = lines.isEmpty() ? data.targetQuantity() : sum(lines);
        if (quantity == null || quantity.signum() <= 0) {
            errors.add(item(messages.error(MessageKey.QUANTITY_NOT_POSITIVE, number), row,
                    lines.isEmpty() ? "TARGET_QTY" : "REQ_QTY"));
        }
        if (errors.size() > before) {
            return null;
        }
        if (lines.isEmpty()) {
            LocalDate date = context.defaultDate() != null ? context.defaultDate() : context.now().date();
            lines = List.of(new ScheduleLine(FIRST_SCHEDULE_LINE, date, quantity));
        }
        String description = data.shortText().isEmpty() ? material.description() : data.shortText();
        String itemCategory = data.itemCategory().isEmpty() ? context.type().itemCategory() : data.itemCategory();
        String plant = data.plant().isEmpty() ? salesData.plant() : data.plant();
        ItemData kept = new ItemData(data.higherLevelItem(), material.number(), data.targetQuantity(),
                data.targetUnit(), data.plant(), data.itemCategory(), data.shortText(), data.rejectionReason(),
                data.purchaseOrderNumber(), data.orderProbability(), data.referenceDocument(), data.referenceItem(),
                data.referenceCategory());
        PricingCondition price = manualPrice(number, context.conditions(), salesData, context.currency(), quantity)
                .orElseGet(() -> Pricing.listPrice(salesData, quantity));
        return new Item(number, kept, description, itemCategory, plant, material.materialGroup(), unit, quantity,
                lines, price, price.value(), Item.OPEN, context.now(), null);
    }

    /** A known material with its sales data in the sales area (null when it is not released there). */
    private record Salable(Material material, MaterialSalesData salesData) {
    }

    /** The material, or null when unknown; both cases of a material an item may not take are reported. */
    private Salable salable(String number, SalesArea area, int row, List<SdMessage> errors) {
        Material material = masterData.material(number).orElse(null);
        if (material == null) {
            errors.add(item(messages.error(MessageKey.MATERIAL_UNKNOWN, ConversionExits.alphaOutput(number)), row,
                    "MATERIAL"));
            return null;
        }
        MaterialSalesData salesData = masterData.materialSalesData(material.number(), area.salesOrganization(),
                area.distributionChannel()).orElse(null);
        if (salesData == null) {
            errors.add(item(messages.error(MessageKey.MATERIAL_NOT_RELEASED,
                    ConversionExits.alphaOutput(material.number()), area.salesOrganization(),
                    area.distributionChannel(), MESSAGE_LANGUAGE), row, "MATERIAL"));
        }
        return new Salable(material, salesData);
    }

    /** The item's fields completed from the item it references (material, quantity, unit); null when that item is missing. */
    private ItemData withReferenceData(ItemData data, ItemContext context, int row, List<SdMessage> errors) {
        boolean referencesItem = !data.referenceItem().isEmpty() && !isBlankNumber(data.referenceItem());
        if (!referencesItem) {
            return data;
        }
        String referenceNumber = data.referenceDocument().isEmpty() && context.headerReference() != null
                ? context.headerReference().number() : data.referenceDocument();
        SalesDocument reference = context.committed().apply(referenceNumber).orElse(null);
        if (reference == null) {
            errors.add(item(messages.error(MessageKey.REFERENCE_NOT_FOUND, ConversionExits.alphaOutput(referenceNumber)),
                    row, "REF_DOC"));
            return null;
        }
        if (!context.type().copyFrom().contains(reference.category())) {
            errors.add(item(messages.error(MessageKey.REFERENCE_WRONG_CATEGORY,
                    ConversionExits.alphaOutput(reference.number()), String.valueOf(reference.category()),
                    context.type().code()), row, "REF_DOC_CA"));
            return null;
        }
        Item referenced = reference.item(data.referenceItem()).orElse(null);
        if (referenced == null) {
            errors.add(item(messages.error(MessageKey.REFERENCE_ITEM_NOT_FOUND,
                    ConversionExits.alphaOutput(reference.number()), data.referenceItem()), row, "REF_DOC_IT"));
            return null;
        }
        boolean noQuantity = data.targetQuantity() == null || data.targetQuantity().signum() == 0;
        return new ItemData(data.higherLevelItem(), data.material().isEmpty() ? referenced.material() : data.material(),
                noQuantity ? referenced.orderQuantity() : data.targetQuantity(),
                data.targetUnit().isEmpty() ? referenced.salesUnit() : data.targetUnit(), data.plant(),
                data.itemCategory(), data.shortText(), data.rejectionReason(), data.purchaseOrderNumber(),
                data.orderProbability(), reference.number(), referenced.number(),
                String.valueOf(reference.category()));
    }

    private void checkUnit(String unit, Material material, int row, List<SdMessage> errors) {
        if (masterData.unit(unit).isEmpty()) {
            errors.add(item(messages.error(MessageKey.UNIT_UNKNOWN, unit), row, "TARGET_QU"));
        } else if (!unit.equals(material.baseUnit())) {
            errors.add(item(messages.error(MessageKey.UNIT_NOT_FOR_MATERIAL, unit,
                    ConversionExits.alphaOutput(material.number())), row, "TARGET_QU"));
        }
    }

    private void checkRejectionReason(String reason, int row, List<SdMessage> errors) {
        if (!reason.isEmpty() && masterData.rejectionReason(reason).isEmpty()) {
            errors.add(item(messages.error(MessageKey.REJECTION_REASON_UNKNOWN, reason), row, "REASON_REJ"));
        }
    }

    private static List<ScheduleLine> scheduleLinesOf(String item, List<ScheduleLineInput> inputs,
                                                      LocalDate defaultDate, LocalDate today) {
        List<ScheduleLine> lines = new ArrayList<>();
        for (ScheduleLineInput input : inputs) {
            if (!input.item().equals(item)) {
                continue;
            }
            String number = isBlankNumber(input.number()) ? String.format("%04d", lines.size() + 1) : input.number();
            LocalDate date = input.requestedDate() != null ? input.requestedDate()
                    : defaultDate != null ? defaultDate : today;
            BigDecimal quantity = input.quantity() == null ? BigDecimal.ZERO : input.quantity();
            lines.add(new ScheduleLine(number, date, quantity));
        }
        return lines;
    }

    private static BigDecimal sum(List<ScheduleLine> lines) {
        return lines.stream().map(ScheduleLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<PricingCondition> manualPrice(String item, List<ConditionInput> conditions,
                                                          MaterialSalesData listPrice, String currency,
                                                          BigDecimal quantity) {
        return conditions.stream()
                .filter(c -> c.item().equals(item) && c.type().equals(Pricing.PRICE_CONDITION) && c.rate() != null)
                .reduce((first, second) -> second)
                .map(c -> Pricing.manualPrice(c, listPrice, currency, quantity));
    }

    private void checkLinesBelongToItems(List<ScheduleLineInput> lines, Set<String> items, List<SdMessage> errors) {
        for (int row = 1; row <= lines.size(); row++) {
            String item = lines.get(row - 1).item();
            if (!items.contains(item)) {
                errors.add(messages.error(MessageKey.ITEM_NOT_FOUND, item, "")
                        .at(SCHEDULE_PARAMETER, row, "ITM_NUMBER"));
            }
        }
    }

    private void checkConditionsBelongToItems(List<ConditionInput> conditions, Set<String> items,
                                              List<SdMessage> errors) {
        for (int row = 1; row <= conditions.size(); row++) {
            String item = conditions.get(row - 1).item();
            if (!isBlankNumber(item) && !items.contains(item)) {
                errors.add(messages.error(MessageKey.ITEM_NOT_FOUND, item, "")
                        .at(CONDITION_PARAMETER, row, "ITM_NUMBER"));
            }
        }
    }

    // ------------------------------------------------------------------ change

    /** The document with a change request applied, or the errors; the caller stamps and prices nothing more. */
    Assembly change(SalesDocument current, ChangeRequest request, Stamp now) {
        List<SdMessage> errors = new ArrayList<>();
        DocumentType type = masterData.documentType(current.header().documentType()).orElseThrow();
        SalesArea area = current.header().data().salesArea();
        HeaderData data = request.header() == null ? current.header().data()
                : current.header().data().merge(request.header());
        if (request.header() != null) {
            checkValidity(type, data.validFrom(), data.validTo(), errors);
        }
        List<Partner> partners = changePartners(current, request.partners(), area, errors);
        ItemContext context = new ItemContext(type, area, current.header().currency(),
                data.requestedDeliveryDate(), now, request.scheduleLines(), request.conditions(), null,
                number -> Optional.empty());
        List<Item> items = changeItems(current, request, context, errors);
        if (!errors.isEmpty()) {
            return new Assembly(null, errors);
        }
        Header header = current.header().withData(data).withSoldTo(soldTo(partners));
        SalesDocument changed = new SalesDocument(header, items, partners, replaceTexts(current.texts(),
                request.texts()));
        return new Assembly(changed.withNetValueFromItems(), List.of());
    }

    private List<Partner> changePartners(SalesDocument current, List<PartnerChange> changes, SalesArea area,
                                         List<SdMessage> errors) {
        List<Partner> partners = new ArrayList<>(current.partners());
        for (int row = 1; row <= changes.size(); row++) {
            PartnerChange change = changes.get(row - 1);
            String item = isBlankNumber(change.item()) ? Partner.HEADER_ITEM : change.item();
            if (change.role().equals(SOLD_TO) && change.updateFlag() != 'I') {
                errors.add(messages.error(MessageKey.SOLD_TO_NOT_CHANGEABLE,
                        ConversionExits.alphaOutput(current.number())).at("PARTNERCHANGES", row, "PARTN_ROLE"));
                continue;
            }
            switch (change.updateFlag()) {
                case 'I' -> {
                    Partner added = partner(new Partner(change.role(), change.newCustomer(), item, "", "", "", "", ""),
                            area, row, errors);
                    if (added != null) {
                        partners.removeIf(p -> p.role().equals(change.role()) && p.item().equals(item));
                        partners.add(added);
                    }
                }
                case 'U', 'D' -> {
                    Optional<Partner> existing = partners.stream().filter(p -> p.role().equals(change.role())
                            && p.item().equals(item) && p.customer().equals(change.oldCustomer())).findFirst();
                    if (existing.isEmpty()) {
                        errors.add(messages.error(MessageKey.PARTNER_NOT_FOUND, change.role(),
                                ConversionExits.alphaOutput(change.oldCustomer())).at("PARTNERCHANGES", row,
                                "P_NUMB_OLD"));
                        continue;
                    }
                    partners.remove(existing.get());
                    if (change.updateFlag() == 'U') {
                        Partner replaced = partner(new Partner(change.role(), change.newCustomer(), item, "", "", "",
                                "", ""), area, row, errors);
                        if (replaced != null) {
                            partners.add(replaced);
                        }
                    }
                }
                default -> errors.add(messages.error(MessageKey.UPDATE_FLAG_INVALID,
                        String.valueOf(change.updateFlag()), "PARTNERCHANGES").at("PARTNERCHANGES", row, "UPDATEFLAG"));
            }
        }
        partners.sort(Comparator.comparing(Partner::item).thenComparing(p -> PARTNER_ROLES.indexOf(p.role())));
        return partners;
    }

    private List<Item> changeItems(SalesDocument current, ChangeRequest request, ItemContext context,
                                   List<SdMessage> errors) {
        List<Item> items = new ArrayList<>(current.items());
        int next = items.stream().mapToInt(i -> Integer.parseInt(i.number())).max().orElse(0);
        for (int row = 1; row <= request.items().size(); row++) {
            ItemInput input = request.items().get(row - 1);
            int index = indexOf(items, input.number());
            switch (input.updateFlag()) {
                case 'I' -> {
                    if (index >= 0) {
                        errors.add(item(messages.error(MessageKey.ITEM_ALREADY_EXISTS, input.number(),
                                ConversionExits.alphaOutput(current.number())), row, "ITM_NUMBER"));
                        continue;
                    }
                    next = (next / ITEM_STEP + 1) * ITEM_STEP;
                    String number = isBlankNumber(input.number()) ? String.format("%06d", next) : input.number();
                    Item added = buildItem(number, ItemData.empty().merge(input.data()), row, context, errors);
                    if (added != null) {
                        items.add(added);
                    }
                }
                case 'U', 'D' -> {
                    if (index < 0) {
                        errors.add(item(messages.error(MessageKey.ITEM_NOT_FOUND, input.number(),
                                ConversionExits.alphaOutput(current.number())), row, "ITM_NUMBER"));
                        continue;
                    }
                    Item existing = items.get(index);
                    if (existing.referenceStatus() == Item.COMPLETED) {
                        errors.add(item(messages.error(MessageKey.DOCUMENT_COMPLETED,
                                ConversionExits.alphaOutput(current.number()), existing.number()), row, "ITM_NUMBER"));
                        continue;
                    }
                    if (input.updateFlag() == 'D') {
                        items.remove(index);
                    } else {
                        Item updated = updateItem(existing, input.data(), row, context, errors);
                        if (updated != null) {
                            items.set(index, updated);
                        }
                    }
                }
                default -> errors.add(item(messages.error(MessageKey.UPDATE_FLAG_INVALID,
                        String.valueOf(input.updateFlag()), "ITEM_INX"), row, "UPDATEFLAG"));
            }
        }
        Set<String> inserted = new HashSet<>();
        request.items().stream().filter(i -> i.updateFlag() == 'I').forEach(i -> inserted.add(i.number()));
        String document = ConversionExits.alphaOutput(current.number());
        changeScheduleLines(items, request.scheduleLines(), inserted, document, context, errors);
        changeConditions(items, request.conditions(), document, context, errors);
        items.sort(Comparator.comparing(Item::number));
        return items;
    }

    private Item updateItem(Item existing, ItemData change, int row, ItemContext context, List<SdMessage> errors) {
        ItemData data = existing.data().merge(change);
        int before = errors.size();
        checkRejectionReason(data.rejectionReason(), row, errors);
        boolean newMaterial = change.material() != null && !change.material().equals(existing.material());
        if (!newMaterial) {
            return errors.size() > before ? null : existing.withData(data);
        }
        Salable salable = salable(data.material(), context.area(), row, errors);
        if (salable == null || salable.salesData() == null) {
            return null;
        }
        Material material = salable.material();
        MaterialSalesData salesData = salable.salesData();
        checkUnit(existing.salesUnit(), material, row, errors);
        if (errors.size() > before) {
            return null;
        }
        String description = data.shortText().isEmpty() ? material.description() : data.shortText();
        Item rematerialized = new Item(existing.number(), data, description, existing.itemCategory(),
                salesData.plant(), material.materialGroup(), existing.salesUnit(), existing.orderQuantity(),
                existing.scheduleLines(), existing.price(), existing.netValue(), existing.referenceStatus(),
                existing.created(), existing.changedOn());
        return rematerialized.withPrice(Pricing.listPrice(salesData, existing.orderQuantity()));
    }

    private void changeScheduleLines(List<Item> items, List<ScheduleLineInput> changes, Set<String> insertedItems,
                                     String document, ItemContext context, List<SdMessage> errors) {
        for (int row = 1; row <= changes.size(); row++) {
            ScheduleLineInput change = changes.get(row - 1);
            if (insertedItems.contains(change.item())) {
                continue; // taken by buildItem already
            }
            int index = indexOf(items, change.item());
            if (index < 0) {
                errors.add(messages.error(MessageKey.ITEM_NOT_FOUND, change.item(), document)
                        .at("SCHEDULE_LINES", row, "ITM_NUMBER"));
                continue;
            }
            Item item = items.get(index);
            List<ScheduleLine> lines = new ArrayList<>(item.scheduleLines());
            int line = lineIndex(lines, change.number());
            switch (change.updateFlag()) {
                case 'I' -> {
                    String number = isBlankNumber(change.number()) ? String.format("%04d", lines.size() + 1)
                            : change.number();
                    LocalDate date = change.requestedDate() != null ? change.requestedDate() : context.now().date();
                    lines.add(new ScheduleLine(number, date,
                            change.quantity() == null ? BigDecimal.ZERO : change.quantity()));
                }
                case 'U', 'D' -> {
                    if (line < 0) {
                        errors.add(messages.error(MessageKey.SCHEDULE_LINE_NOT_FOUND, change.item(), change.number())
                                .at("SCHEDULE_LINES", row, "SCHED_LINE"));
                        continue;
                    }
                    ScheduleLine old = lines.get(line);
                    if (change.updateFlag() == 'D') {
                        lines.remove(line);
                    } else {
                        lines.set(line, new ScheduleLine(old.number(),
                                change.requestedDate() != null ? change.requestedDate() : old.requestedDate(),
                                change.quantity() != null ? change.quantity() : old.quantity()));
                    }
                }
                default -> {
                    errors.add(messages.error(MessageKey.UPDATE_FLAG_INVALID, String.valueOf(change.updateFlag()),
                            "SCHEDULE_LINESX").at("SCHEDULE_LINES", row, "UPDATEFLAG"));
                    continue;
                }
            }
            BigDecimal quantity = sum(lines);
            if (quantity.signum() <= 0) {
                errors.add(messages.error(MessageKey.QUANTITY_NOT_POSITIVE, item.number())
                        .at("SCHEDULE_LINES", row, "REQ_QTY"));
                continue;
            }
            Item requantified = item.withScheduleLines(lines, quantity);
            items.set(index, requantified.withPrice(Pricing.requantify(item.price(), quantity)));
        }
    }

    private void changeConditions(List<Item> items, List<ConditionInput> changes, String document, ItemContext context,
                                  List<SdMessage> errors) {
        for (int row = 1; row <= changes.size(); row++) {
            ConditionInput change = changes.get(row - 1);
            if (!change.type().equals(Pricing.PRICE_CONDITION) || change.rate() == null) {
                continue;
            }
            int index = indexOf(items, change.item());
            if (index < 0) {
                errors.add(messages.error(MessageKey.ITEM_NOT_FOUND, change.item(), document)
                        .at("CONDITIONS_IN", row, "ITM_NUMBER"));
                continue;
            }
            Item item = items.get(index);
            MaterialSalesData listPrice = masterData.materialSalesData(item.material(),
                    context.area().salesOrganization(), context.area().distributionChannel()).orElse(null);
            if (listPrice == null) {
                continue;
            }
            items.set(index, item.withPrice(Pricing.manualPrice(change, listPrice, context.currency(),
                    item.orderQuantity())));
        }
    }

    private static List<TextLine> replaceTexts(List<TextLine> current, List<TextLine> given) {
        if (given.isEmpty()) {
            return current;
        }
        Set<String> replaced = new HashSet<>();
        given.forEach(t -> replaced.add(t.item() + t.textId() + t.language()));
        List<TextLine> result = new ArrayList<>(current);
        result.removeIf(t -> replaced.contains(t.item() + t.textId() + t.language()));
        result.addAll(given);
        return result;
    }

    private static int indexOf(List<Item> items, String number) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    private static int lineIndex(List<ScheduleLine> lines, String number) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    private static SdMessage header(SdMessage message, String field) {
        return message.at(HEADER_PARAMETER, 0, field);
    }

    private static SdMessage item(SdMessage message, int row, String field) {
        return message.at(ITEM_PARAMETER, row, field);
    }
}
